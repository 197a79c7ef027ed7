using LongTriangle.Publishing.Anchors;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Reading;
using LongTriangle.Publishing.Site;
using LongTriangle.Publishing.Translations;

namespace LongTriangle.Publishing.Checking;

/// <summary>
/// What `longtriangle check` verifies about content and the site built from it: translations, links and
/// anchors of a full build (in a temporary folder, nothing published), and the published anchors ledger,
/// which <paramref name="updateAnchors"/> rewrites first.
/// </summary>
public static class SiteCheck
{
    public sealed record Report(
        IReadOnlyList<CheckProblem> Translations,
        LinkReport Links,
        IReadOnlyList<CheckProblem> Anchors,
        IReadOnlyList<string> Notes,
        string? AnchorsWritten)
    {
        public int ProblemCount => Translations.Count + Links.Problems.Count + Anchors.Count;
    }

    public static Report Run(string contentDirectory, bool updateAnchors, IBuildStages stages)
    {
        var content = stages.Run("read", () => ContentReader.Read(contentDirectory), SiteBuild.Describe);
        var ledgerPath = Path.Combine(content.Directory, AnchorLedger.FileName);
        var ledgerName = Path.GetFileName(content.Directory) + "/" + AnchorLedger.FileName;
        var ledger = AnchorLedger.Read(ledgerPath, ledgerName);

        string? written = null;
        if (updateAnchors)
        {
            var updated = AnchorLedger.Record(content, ledger);
            written = stages.Run("anchors", () =>
            {
                File.WriteAllBytes(ledgerPath, updated.ToJson());
                return Describe(ledger, updated);
            }, s => $"{ledgerName} updated: {s}");
            ledger = updated;
        }

        var translations = stages.Run("english", () => TranslationCheck.Run(content),
            p => p.Count == 0 ? "every heading and clause has current English or a reason; glossary terms, numbers and titles agree" : SiteBuild.Count(p.Count, "problem"));

        var staging = OutputSwap.CreateStaging(Path.Combine(Path.GetTempPath(), "longtriangle-check"));
        LinkReport links;
        try
        {
            links = new SiteBuild().Stage(content, new BuildOptions(contentDirectory, staging, SiteBase.Root), staging, stages).Links;
        }
        finally
        {
            OutputSwap.Discard(staging);
        }

        var anchors = stages.Run("anchors", () => AnchorCheck.Run(content, ledger, ledgerName),
            r => r.Problems.Count == 0 ? $"{ledger.Count} published eIds all in place" : SiteBuild.Count(r.Problems.Count, "problem"));
        return new Report(translations, links, anchors.Problems, anchors.Notes, written);
    }

    private static string Describe(AnchorLedger before, AnchorLedger after)
    {
        var added = 0;
        var removed = 0;
        var changed = 0;
        foreach (var (slug, anchors) in after.Documents)
        {
            before.Documents.TryGetValue(slug, out var old);
            foreach (var (id, anchor) in anchors)
            {
                if (old is null || !old.TryGetValue(id, out var was)) added++;
                else if (was.Sha256 != anchor.Sha256) changed++;
            }
        }
        foreach (var (slug, anchors) in before.Documents)
        {
            after.Documents.TryGetValue(slug, out var now);
            removed += anchors.Keys.Count(id => now is null || !now.ContainsKey(id));
        }
        return $"{after.Count} eIds ({added} new, {changed} changed, {removed} dropped)";
    }
}
