using Maia.Sre.Ci.Text;

namespace Maia.Sre.Ci.Tool.Cli;

/// <summary>
/// POSIX-style parsing: <c>--name value</c>, <c>--name=value</c>, <c>-x value</c>, bundled flags are not used,
/// <c>--</c> ends options so later arguments (e.g. file names starting with <c>-</c>) are positional.
/// </summary>
public static class ArgumentParser
{
    /// <summary>Parses the arguments that follow the command name.</summary>
    public static ParsedArguments Parse(string command, IReadOnlyList<string> args, IReadOnlyList<OptionSpec> specs)
    {
        var parsed = new ParsedArguments(command);
        var optionsEnded = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
            {
                parsed.Positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }

            string name;
            string? inline = null;
            OptionSpec? spec;
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var eq = arg.IndexOf('=', StringComparison.Ordinal);
                name = eq < 0 ? arg[2..] : arg[2..eq];
                inline = eq < 0 ? null : arg[(eq + 1)..];
                spec = specs.FirstOrDefault(s => s.Name == name);
            }
            else
            {
                name = arg[1..];
                spec = name.Length == 1 ? specs.FirstOrDefault(s => s.Alias == name[0]) : null;
            }

            if (spec is null)
            {
                var guess = EditDistance.Closest(name.TrimStart('-'), specs.Select(s => s.Name));
                throw new UsageException($"unknown option '{arg}' for '{command}'" + (guess is null ? "" : $"; did you mean '--{guess}'?"));
            }

            if (!spec.TakesValue)
            {
                if (inline is not null)
                {
                    throw new UsageException($"option '--{spec.Name}' takes no value");
                }

                parsed.SetFlag(spec.Name);
                continue;
            }

            var value = inline;
            if (value is null)
            {
                if (i + 1 >= args.Count)
                {
                    throw new UsageException($"option '--{spec.Name}' needs a value ({spec.ValueName})");
                }

                value = args[++i];
            }

            if (value.Length == 0)
            {
                throw new UsageException($"option '--{spec.Name}' needs a non-empty value ({spec.ValueName})");
            }

            parsed.Set(spec.Name, value);
        }

        return parsed;
    }
}
