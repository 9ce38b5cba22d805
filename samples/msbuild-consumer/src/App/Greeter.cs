namespace App;

/// <summary>Something to compile: the lint stage runs after it is built.</summary>
public static class Greeter
{
    public static string Greet(string name) => $"Hello, {name}";
}
