using System.Globalization;
using LongTriangle.Publishing.Checking;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Data;

namespace LongTriangle.Publishing.Anchors;

/// <summary>
/// Compares the content with the published anchors. Fails when a published eId disappeared without an
/// alias (content/aliases.yml), when its text changed by more than <see cref="TextDistance.TypoLimit"/>
/// of its length unless aliases.yml records the eId as reused (with where its old text is now), or when eIds exist that the ledger does not record yet. Typo-sized changes are notes.
/// </summary>
public static class AnchorCheck
{
    public sealed record Result(IReadOnlyList<CheckProblem> Problems, IReadOnlyList<string> Notes);

    public static Result Run(SiteContent content, AnchorLedger ledger, string ledgerFile)
    {
        var problems = new List<CheckProblem>();
        var notes = new List<string>();
        const string Fix = "map it to its new eId in content/aliases.yml, or accept the change with longtriangle check --update-anchors";

        foreach (var (slug, anchors) in ledger.Documents)
        {
            var document = content.Documents.FirstOrDefault(d => d.Slug == slug);
            if (document is null)
            {
                problems.Add(new CheckProblem(ledgerFile, null, $"the published document '{slug}' ({anchors.Count} eIds) no longer exists"));
                continue;
            }
            var clauses = document.Clauses.ToDictionary(c => c.Id.Value, StringComparer.Ordinal);
            var aliases = content.Aliases.For(slug);
            var reused = content.Aliases.ReusedIn(slug);
            foreach (var (id, anchor) in anchors)
            {
                if (clauses.TryGetValue(id, out var clause))
                {
                    if (TextHash.Of(clause.Text) == anchor.Sha256) continue;
                    if (reused.TryGetValue(id, out var entry))
                    {
                        // The eId was given to other text on purpose; the page says where the old text is.
                        notes.Add($"{document.SourceFile}:{clause.Line}: {id} now names other text; content/aliases.yml says its old text is at {entry.Now} since {ContentDates.Write(entry.Until)}");
                        continue;
                    }
                    var distance = TextDistance.Normalised(anchor.Text, TextHash.Normalise(clause.Text));
                    var percent = (distance * 100).ToString("0", CultureInfo.InvariantCulture);
                    if (distance <= TextDistance.TypoLimit)
                        notes.Add($"{document.SourceFile}:{clause.Line}: {id} changed slightly ({percent}% of its text), still the same clause");
                    else
                        problems.Add(new CheckProblem(document.SourceFile, clause.Line,
                            $"the published eId {id} now names different text ({percent}% changed, more than a typo); if its text moved, {Fix}"));
                }
                else if (!aliases.ContainsKey(id))
                {
                    problems.Add(new CheckProblem(document.SourceFile, null, $"the published eId {id} disappeared; {Fix}"));
                }
            }
        }

        foreach (var document in content.Documents)
        {
            ledger.Documents.TryGetValue(document.Slug, out var anchors);
            var unrecorded = document.Clauses.Where(c => anchors is null || !anchors.ContainsKey(c.Id.Value)).ToList();
            if (unrecorded.Count > 0)
            {
                problems.Add(new CheckProblem(ledgerFile, null,
                    $"{unrecorded.Count} eIds of {document.Slug} are not recorded yet ({Sample(unrecorded.Select(c => c.Id.Value))}); "
                    + "record them with longtriangle check --update-anchors"));
            }
        }
        return new Result(problems, notes);
    }

    internal static string Sample(IEnumerable<string> ids)
    {
        var list = ids.ToList();
        return list.Count <= 5 ? string.Join(", ", list) : string.Join(", ", list.Take(5)) + $", … {list.Count - 5} more";
    }
}
