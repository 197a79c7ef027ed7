using LongTriangle.Cli.Terminal;

namespace LongTriangle.Cli.Commands;

public sealed class CheckCommand : ICommand
{
    public string Name => "check";

    public string Summary => "Check everything CI refuses: stale content, broken links, lost anchors, translations";

    public string Help => $"""
        Usage: longtriangle check [options]

        Exits 2 with a readable list when: content/zh is not what the seeds produce; an internal link
        or #fragment does not resolve; an id repeats on a page; a published eId (content/anchors.json)
        disappeared or changed its text without an alias in content/aliases.yml; a translation names an
        eId the document does not have; a heading or clause has neither English nor a reason; an English
        entry is outdated (the Chinese changed since) or not stamped (longtriangle translations stamp);
        a glossary term (content/glossary.yml), number, percentage, Latin token or unit of the Chinese
        is missing from its English; content/en's title differs from the sidecar's title_en.

        Options:
          --seeds DIR        the folder of seeds (default: seeds/)
          --content DIR      the content folder (default: content/)
          --update-anchors   record the current eIds and text hashes in content/anchors.json
          --verbose       print the details of an unexpected error
          --help          show this help

        {ExitCodes.HelpText}
        """;

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "--update-anchors" };

    public IReadOnlySet<string> Options { get; } = new HashSet<string> { "--seeds", "--content" };

    public int Run(CommandLine line, CommandContext context)
    {
        var content = context.PathOption(line, "--content", "content");
        var (conversion, report) = BuildCommand.PipelineFrom(line, context).Check(line.Has("--update-anchors"));
        foreach (var note in report.Notes)
            context.Out.WriteLine("note: " + note);
        var problems = report.ProblemCount + conversion.StaleFiles.Length;
        if (problems == 0)
        {
            context.Out.WriteLine("check: everything is in order");
            return ExitCodes.Ok;
        }
        context.Error.WriteLine($"check failed: {problems} {(problems == 1 ? "problem" : "problems")}");
        if (ConvertCommand.ReportStale(context, content, conversion)) context.Error.WriteLine();
        Section(context, "translations", report.Translations.Select(p => p.ToString()));
        Section(context, "links and anchors of the built site", report.Links.Problems.Select(p => p.ToString()));
        Section(context, "published anchors", report.Anchors.Select(p => p.ToString()));
        return ExitCodes.CheckFailed;
    }

    private static void Section(CommandContext context, string title, IEnumerable<string> problems)
    {
        var list = problems.ToList();
        if (list.Count == 0) return;
        context.Error.WriteLine($"{title}:");
        foreach (var problem in list)
            context.Error.WriteLine("  " + problem);
    }
}
