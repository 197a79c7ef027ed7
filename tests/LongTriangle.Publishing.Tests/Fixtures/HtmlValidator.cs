using System.Diagnostics;

namespace LongTriangle.Publishing.Tests.Fixtures;

/// <summary>Runs html-validate (npm, installed by `npm ci` at the repository root) with the root's .htmlvalidate.json.</summary>
internal static class HtmlValidator
{
    public static (int Exit, string Output) Validate(string directory)
    {
        var tool = Path.Combine(RepositoryRoot.Path, "node_modules", "html-validate", "bin", "html-validate.mjs");
        if (!File.Exists(tool))
            throw new InvalidOperationException($"{tool} is missing: run `npm ci` at the repository root (test.sh does)");
        var (exit, output, errors) = NodeScript.Run(tool, "--config", Path.Combine(RepositoryRoot.Path, ".htmlvalidate.json"), "--formatter", "text", directory);
        return (exit, output + errors);
    }
}
