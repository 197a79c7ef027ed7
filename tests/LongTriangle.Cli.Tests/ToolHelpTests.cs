using LongTriangle.Cli.Commands;

namespace LongTriangle.Cli.Tests;

public sealed class ToolHelpTests
{
    private static readonly Tool Tool = new([new ConvertCommand(), new BuildCommand(), new ServeCommand(), new CheckCommand()]);

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = Tool.Run(args, new CommandContext(RepositoryRoot.Path, output, errors, Verbose: false));
        return (exit, output.ToString(), errors.ToString());
    }

    [Fact]
    public void Overview_lists_every_command_and_the_exit_codes()
    {
        var (exit, output, _) = Run("--help");
        exit.ShouldBe(ExitCodes.Ok);
        foreach (var command in new[] { "convert", "build", "serve", "check" })
            output.ShouldContain($"  {command}");
        output.ShouldContain("Exit codes:");
    }

    [Theory]
    [InlineData("convert", "--seeds", "--content", "--check")]
    [InlineData("build", "--out", "--base-url", "--no-convert")]
    [InlineData("serve", "--port")]
    [InlineData("check")]
    public void Each_command_describes_its_options_and_exit_codes(string command, params string[] options)
    {
        var (exit, output, _) = Run(command, "--help");
        exit.ShouldBe(ExitCodes.Ok);
        output.ShouldContain($"Usage: longtriangle {command}");
        output.ShouldContain("Exit codes:");
        foreach (var option in options)
            output.ShouldContain(option);
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error_with_a_hint()
    {
        var (exit, _, errors) = Run("publish");
        exit.ShouldBe(ExitCodes.Usage);
        errors.ShouldContain("unknown command 'publish'");
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_naming_it()
    {
        var (exit, _, errors) = Run("convert", "--frobnicate");
        exit.ShouldBe(ExitCodes.Usage);
        errors.ShouldContain("--frobnicate");
    }
}
