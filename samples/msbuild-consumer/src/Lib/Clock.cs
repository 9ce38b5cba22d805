namespace Lib;

/// <summary>Something to compile in the second project.</summary>
public static class Clock
{
    public static DateTimeOffset Now() => DateTimeOffset.UtcNow;
}
