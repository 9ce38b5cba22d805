using Maia.Sre.Ci.Tool.Cli;

return CliApp.Run(args, new CliEnvironment(Console.Out, Console.Error, Environment.CurrentDirectory));
