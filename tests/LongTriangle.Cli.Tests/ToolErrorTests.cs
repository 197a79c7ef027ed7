using LongTriangle.Cli.Commands;
using LongTriangle.Cli.Terminal;
using LongTriangle.Conversion;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Cli.Tests;

/// <summary>
/// The tool's top-level handler: whatever a command throws, the user sees one line and an exit code;
/// a stack trace only with --verbose.
/// </summary>
public sealed class ToolErrorTests
{
    private static (int Exit, string Out, string Err) Run(Exception thrown, params string[] args)
    {
        var tool = new Tool([new ThrowingCommand(thrown)]);
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = tool.Run(["fail", .. args], new CommandContext(Path.GetTempPath(), output, errors, Verbose: false));
        return (exit, output.ToString(), errors.ToString());
    }

    public static TheoryData<string, int, string> Failures => new()
    {
        { "conversion", ExitCodes.InputError, "error: seeds/001.txt:3 (slug): bad slug" },
        { "content", ExitCodes.InputError, "error: content/zh/a.md:2 (title): bad title" },
        { "io", ExitCodes.InputError, "error: disk full" },
        { "permission", ExitCodes.InputError, "error: Access denied" },
        { "bug", ExitCodes.InternalError, "internal error: NullReferenceException: oops (run again with --verbose for details)" },
        { "aggregate", ExitCodes.InternalError, "internal error: InvalidOperationException: first\\nsecond (run again with --verbose for details)" },
    };

    private static Exception Make(string kind) => kind switch
    {
        "conversion" => new ConversionException("seeds/001.txt", 3, "bad slug", "slug"),
        "content" => new ContentException("content/zh/a.md", 2, "bad title", "title"),
        "io" => new IOException("disk full"),
        "permission" => new UnauthorizedAccessException("Access denied"),
        "bug" => new NullReferenceException("oops"),
        _ => new InvalidOperationException("first\nsecond"),
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Any_failure_is_one_line_and_an_exit_code_without_a_stack_trace(string kind, int exit, string line)
    {
        var (code, output, errors) = Run(Make(kind));

        code.ShouldBe(exit);
        output.ShouldBeEmpty();
        errors.ShouldBe(line + Environment.NewLine);
    }

    [Fact]
    public void With_verbose_an_internal_error_shows_its_details()
    {
        var (code, _, errors) = Run(new NullReferenceException("oops"), "--verbose");

        code.ShouldBe(ExitCodes.InternalError);
        var lines = errors.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("internal error: NullReferenceException: oops");
        lines.ShouldContain(l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal) && l.Contains(nameof(ThrowingCommand), StringComparison.Ordinal));
    }

    [Fact]
    public void A_message_quoting_a_line_break_or_terminal_escape_stays_one_harmless_line()
    {
        var (_, _, errors) = Run(new ConversionException("seeds/x.yml", 1, "unknown key 'a\nb\u001b[2J'", "a\nb"));

        errors.ShouldBe("error: seeds/x.yml:1 (a\\nb): unknown key 'a\\nbU+001B[2J'" + Environment.NewLine);
    }

    private sealed class ThrowingCommand(Exception exception) : ICommand
    {
        public string Name => "fail";
        public string Summary => "always fails";
        public string Help => "Usage: longtriangle fail";
        public IReadOnlySet<string> Flags { get; } = new HashSet<string>();
        public IReadOnlySet<string> Options { get; } = new HashSet<string>();
        public int Run(CommandLine line, CommandContext context) => throw exception;
    }
}
