namespace LongTriangle.Cli;

/// <summary>Exit codes, documented in every command's --help.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>An input is wrong (seed, sidecar, content, option): the message names the file.</summary>
    public const int InputError = 1;
    /// <summary>A check failed: content out of date, broken links, lost anchors, translation problems.</summary>
    public const int CheckFailed = 2;
    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 64;
    /// <summary>An unexpected failure inside the tool (a bug): run again with --verbose for details.</summary>
    public const int InternalError = 70;

    public const string HelpText = """
        Exit codes:
          0   success
          1   an input is wrong (the message names the file, and the line or key)
          2   a check failed (the list says what and where)
          64  the command line is wrong
          70  an unexpected internal error (run again with --verbose for details)
        """;
}
