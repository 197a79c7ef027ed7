using LongTriangle.Cli.Terminal;

namespace LongTriangle.Cli.Commands;

/// <summary>One subcommand of the tool: its name, its help, the options it takes, what it does.</summary>
public interface ICommand
{
    string Name { get; }

    /// <summary>One line for the tool's overview.</summary>
    string Summary { get; }

    /// <summary>The whole --help text for this command, options and exit codes included.</summary>
    string Help { get; }

    IReadOnlySet<string> Flags { get; }

    IReadOnlySet<string> Options { get; }

    /// <summary>Words the command takes first (<c>translations stamp</c>); most commands take none.</summary>
    IReadOnlySet<string> Actions => new HashSet<string>();

    int Run(CommandLine line, CommandContext context);
}

/// <summary>What a command may use of the outside world: the working folder and the two output streams.</summary>
public sealed record CommandContext(string WorkingDirectory, TextWriter Out, TextWriter Error, bool Verbose)
{
    public StageReporter Reporter => new(Out, Error is TerminalLines lines ? lines.Inner : Error);

    /// <summary>A path option resolved against the working folder.</summary>
    public string PathOption(CommandLine line, string option, string fallback) =>
        Path.GetFullPath(line.Value(option, fallback), WorkingDirectory);
}
