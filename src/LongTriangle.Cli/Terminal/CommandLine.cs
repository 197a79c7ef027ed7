namespace LongTriangle.Cli.Terminal;

/// <summary>The parsed arguments of one subcommand: an action word if the command takes one, flags, options with values.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    private CommandLine() { }

    public static CommandLine Parse(IReadOnlyList<string> args, IReadOnlySet<string> flags, IReadOnlySet<string> options, IReadOnlySet<string>? actions = null)
    {
        var line = new CommandLine();
        var start = 0;
        if (actions is { Count: > 0 })
        {
            if (args.Count == 0 || !actions.Contains(args[0]))
                throw new UsageException($"expected one of: {string.Join(", ", actions.Order(StringComparer.Ordinal))}");
            line.Action = args[0];
            start = 1;
        }
        for (var i = start; i < args.Count; i++)
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

    /// <summary>The action word (e.g. stamp), for commands that take one.</summary>
    public string? Action { get; private set; }

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
