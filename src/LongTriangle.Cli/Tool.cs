using LongTriangle.Cli.Commands;
using LongTriangle.Cli.Terminal;
using LongTriangle.Inputs;

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
        // Every line goes through one filter: whatever a message quotes, it stays one harmless line. Help,
        // the tool's own text, is the one thing written around it.
        context = context with { Out = Lines(context.Out), Error = Lines(context.Error) };
        if (args.Count == 0 || args[0] is "--help" or "-h" or "help")
        {
            ((TerminalLines)context.Out).Inner.WriteLine(Overview);
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
            ((TerminalLines)context.Out).Inner.WriteLine(command.Help);
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
            context.Error.WriteLine($"longtriangle {command.Name}: {e.Message} (longtriangle {command.Name} --help)");
            return ExitCodes.Usage;
        }
        catch (InputException e)
        {
            context.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.InputError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"error: {e.Message}");
            if (context.Verbose) Details(context, e);
            return ExitCodes.InputError;
        }
        catch (Exception e)
        {
            context.Error.WriteLine($"internal error: {e.GetType().Name}: {e.Message}" + (context.Verbose ? "" : " (run again with --verbose for details)"));
            if (context.Verbose) Details(context, e);
            return ExitCodes.InternalError;
        }
    }

    private static TerminalLines Lines(TextWriter writer) => writer as TerminalLines ?? new TerminalLines(writer);

    /// <summary>The stack trace asked for with --verbose: many lines by nature, each still made harmless.</summary>
    private static void Details(CommandContext context, Exception e)
    {
        foreach (var line in e.ToString().Split('\n'))
            context.Error.WriteLine(line.TrimEnd('\r'));
    }
}
