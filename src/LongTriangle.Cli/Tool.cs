using LongTriangle.Cli.Commands;
using LongTriangle.Cli.Terminal;
using LongTriangle.Conversion;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Cli;

/// <summary>
/// Dispatches to a subcommand and is the one place where failures become messages and exit codes:
/// input problems print one line naming the file; anything unexpected prints one line, and the
/// details only with --verbose. No stack trace ever reaches a user who did not ask for it.
/// </summary>
public sealed class Tool(IReadOnlyList<ICommand> commands)
{
    public string Overview => $"""
        longtriangle — builds LongTriangle.Site from the seeds of Yangtze River Delta policy documents.

        Usage: longtriangle <command> [options]   (longtriangle <command> --help for its options)

        Commands:
        {string.Join("\n", commands.Select(c => $"  {c.Name,-9}{c.Summary}"))}

        Options for every command:
          --verbose  print the details of an unexpected error
          --help     show help

        {ExitCodes.HelpText}
        """;

    public int Run(IReadOnlyList<string> args, CommandContext context)
    {
        if (args.Count == 0 || args[0] is "--help" or "-h" or "help")
        {
            context.Out.WriteLine(Overview);
            return args.Count == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }

        var command = commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            context.Error.WriteLine($"longtriangle: unknown command '{args[0]}' (longtriangle --help lists the commands)");
            return ExitCodes.Usage;
        }

        var rest = args.Skip(1).ToList();
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            context.Out.WriteLine(command.Help);
            return ExitCodes.Ok;
        }

        var verbose = rest.Remove("--verbose");
        context = context with { Verbose = verbose };
        try
        {
            var line = CommandLine.Parse(rest, command.Flags, command.Options, command.Actions);
            return command.Run(line, context);
        }
        catch (UsageException e)
        {
            context.Error.WriteLine($"longtriangle {command.Name}: {OneLine(e.Message)} (longtriangle {command.Name} --help)");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is ConversionException or ContentException)
        {
            context.Error.WriteLine($"error: {OneLine(e.Message)}");
            return ExitCodes.InputError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"error: {OneLine(e.Message)}");
            if (context.Verbose) context.Error.WriteLine(e);
            return ExitCodes.InputError;
        }
        catch (Exception e)
        {
            context.Error.WriteLine($"internal error: {e.GetType().Name}: {OneLine(e.Message)}" + (context.Verbose ? "" : " (run again with --verbose for details)"));
            if (context.Verbose) context.Error.WriteLine(e);
            return ExitCodes.InternalError;
        }
    }

    /// <summary>
    /// Messages quote inputs (a key, a value, a file name), and an input may hold a line break or a
    /// terminal escape: shown as \n or U+001B, the error stays one line and cannot repaint the terminal.
    /// </summary>
    public static string OneLine(string message)
    {
        var line = new System.Text.StringBuilder(message.Length);
        foreach (var c in message.TrimEnd())
        {
            if (c == '\n') line.Append("\\n");
            else if (c == '\r') line.Append("\\r");
            else if (char.IsControl(c) || c is '\u2028' or '\u2029') line.Append($"U+{(int)c:X4}");
            else line.Append(c);
        }
        return line.ToString();
    }
}
