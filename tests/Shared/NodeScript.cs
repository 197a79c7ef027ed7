using System.Diagnostics;

namespace LongTriangle.Tests;

/// <summary>
/// Runs a Node.js script of the repository (its own tools or an npm package's, installed by `npm ci`)
/// from the repository root, and hands back its exit code and what it printed on each stream.
/// </summary>
internal static class NodeScript
{
    public static (int Exit, string Output, string Errors) Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node", [script, .. arguments])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        // Both streams are read at once: a child that fills one pipe while we wait on the other would hang.
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, errors.Result);
    }
}
