namespace LongTriangle.Cli.Terminal;

/// <summary>The parsed arguments of one subcommand: flags, options with values, nothing positional.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    private CommandLine() { }

    public static CommandLine Parse(IReadOnlyList<string> args, IReadOnlySet<string> flags, IReadOnlySet<string> options)
    {
        var line = new CommandLine();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string name = arg, value = "";
            var hasInlineValue = false;
            var eq = arg.IndexOf('=');
            if (arg.StartsWith("--", StringComparison.Ordinal) && eq > 0)
            {
                name = arg[..eq];
                value = arg[(eq + 1)..];
                hasInlineValue = true;
            }

            if (flags.Contains(name) && !hasInlineValue)
            {
                line._values[name] = null;
            }
            else if (options.Contains(name))
            {
                if (!hasInlineValue)
                {
                    if (i + 1 >= args.Count)
                        throw new UsageException($"option {name} needs a value");
                    value = args[++i];
                }
                line._values[name] = value;
            }
            else
            {
                throw new UsageException($"unknown argument '{arg}'");
            }
        }
        return line;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Value(string name) => _values.TryGetValue(name, out var v) ? v : null;

    public string Value(string name, string fallback) => Value(name) ?? fallback;

    public int Int(string name, int fallback)
    {
        var v = Value(name);
        if (v is null) return fallback;
        return int.TryParse(v, out var n) && n is > 0 and < 65536
            ? n
            : throw new UsageException($"option {name} takes a whole number from 1 to 65535, not '{v}'");
    }
}

/// <summary>The command line is wrong; the message says how.</summary>
public sealed class UsageException(string message) : Exception(message);
