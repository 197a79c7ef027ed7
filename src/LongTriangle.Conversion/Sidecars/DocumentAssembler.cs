using System.Collections.Immutable;
using LongTriangle.Conversion.Model;
using LongTriangle.Conversion.Structure;

namespace LongTriangle.Conversion.Sidecars;

/// <summary>
/// Puts a document together: what the sidecar says wins; what it does not say comes from the text (notice
/// header, closing signature, title line, the page's metadata table) or is derived (region, type, slug); what nobody knows stays unknown.
/// </summary>
public static class DocumentAssembler
{
    public const char LostCharacter = '□';

    // Where a fact read from the seed itself was found, as its source.
    private const string FromNotice = "the notice header of the source text";
    private const string FromClosing = "the closing signature of the source text";
    private const string FromTitleLine = "the document number beside the title in the source text";
    private const string FromPageTable = "the metadata table of the source page";
    private const string FromPromulgationNote = "the promulgation note under the title in the source text";

    public static ConvertedDocument Assemble(WorkingText text, DocumentStructure structure, SeedSidecar sidecar, SiteRegions regions)
    {
        var title = sidecar.Title
            ?? text.Facts.TitleFromChrome
            ?? (structure.TitleLine is { } line ? TitleLineFinder.TitleText(line.Text) : null)
            ?? structure.Notice?.ForwardedTitle
            ?? OwnTitle.Forwarded(text.Lines.Select(l => l.Text))
            // Last: the document a page's introduction or a news lede announces (……印发了《X》……主要内容如下).
            ?? text.Facts.IntroducedTitle;
        // A notice's or a news page's headline is not the document's title when the text gives the document's own.
        if (sidecar.Title is null && title is not null) title = OwnTitle.Resolve(title, text.Lines.Select(l => l.Text));

        var fields = text.Facts.PageFields;
        var sources = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        // Each fact from the first place that states it, with that place recorded as its source.
        T? Fact<T>(string key, params (T? Value, string Source)[] candidates)
        {
            foreach (var (value, source) in candidates)
            {
                if (value is null) continue;
                sources[key] = source;
                return value;
            }
            return default;
        }

        var fromSidecar = (string key) => sidecar.FactSources.GetValueOrDefault(key, "sidecar");
        var issuer = Fact("issuer", (sidecar.Issuer, fromSidecar("issuer")), (structure.Notice?.Issuer, FromNotice),
            (structure.Closing?.Issuer, FromClosing), (PageEvidence.Issuer(fields), FromPageTable),
            (PromulgationNote.Issuer(structure.Body), FromPromulgationNote));
        var written = Fact("written", (sidecar.Written, fromSidecar("written")), (structure.Notice?.Written, FromNotice),
            (structure.Closing?.Written, FromClosing), (PageEvidence.Written(fields), FromPageTable));
        var published = Fact("published", (sidecar.Published, fromSidecar("published")), (PageEvidence.Published(fields), FromPageTable));
        var number = Fact("number", (sidecar.Number, fromSidecar("number")), (structure.Notice?.Number, FromNotice),
            (structure.Number, FromTitleLine), (PageEvidence.Number(fields), FromPageTable));
        var officialUrl = Fact("official_url", (sidecar.OfficialUrl, fromSidecar("official_url")));
        var region = sidecar.Region ?? Region(text, sidecar, regions, issuer, title);
        if (title is null)
            throw new ConversionException(text.Seed.FullPath, null,
                "no title found in the seed; give the official title in its sidecar (" + Path.GetFileName(sidecar.File) + ": title: …)");
        var type = sidecar.Type ?? DocumentType.FromTitle(title);
        var slug = sidecar.Slug ?? DerivedSlug(region, type, written ?? published, text.Seed.Sha256);

        var missing = !sidecar.Missing.IsEmpty ? sidecar.Missing
            : text.Facts.TrailingMissing is { } tail ? structure.MissingParts.Add(tail)
            : DocumentEnding.Missing(structure) is { } cut ? structure.MissingParts.Add(cut)
            : structure.MissingParts;
        var completeness = missing.IsEmpty && !structure.HasFragment ? Completeness.Full : Completeness.Partial(missing);

        var flags = new DocumentFlags(
            text.Facts.RestoredFromSpunCopy,
            structure.Body.Sum(b => b.Text.Count(c => c == LostCharacter)),
            structure.MissingHeadings);

        var metadata = new DocumentMetadata(
            slug, region, title, sidecar.TitleEn, type, issuer, written, published, number,
            new DocumentSource(text.Seed.FileName, text.Seed.Sha256, sidecar.SourceName ?? text.Facts.SourceWebsite, sidecar.SourceUrl, text.Facts.Script)
            {
                Copied = sidecar.SourceDate,
            },
            completeness, flags)
        {
            OfficialUrl = officialUrl,
            FactSources = sources.ToImmutable(),
        };

        return new ConvertedDocument(metadata, structure.Body, RepairChanges.PerChange(text.Repairs.AddRange(structure.Repairs), structure.Body), text.RemovedLines);
    }

    /// <summary>How many lines at the top of a title-less seed are searched for the place it comes from.</summary>
    private const int TopLines = 12;

    /// <summary>
    /// The region the issuer or title places the document in (without a title, the top lines of the text); a
    /// document from a place outside the site's regions is refused with a line naming the place and what to do.
    /// </summary>
    private static string Region(WorkingText text, SeedSidecar sidecar, SiteRegions regions, string? issuer, string? title)
    {
        var top = string.Join("\n", text.Lines.Take(TopLines).Select(l => l.Text.Trim()));
        var finding = regions.Locate(issuer, title ?? top, Gazetteer.Embedded);
        // Neither issuer nor title names a place: a place outside the site's regions at the top of the page
        // (its issuing office in a metadata line) still keeps the document out; one inside does not place it.
        if (finding is RegionFinding.Unplaced && Gazetteer.Embedded.FirstIn(top) is { } place && regions.RegionOf(place) is null)
            finding = new RegionFinding.Outside(place.Name);
        return finding switch
        {
            RegionFinding.InRegion found => found.RegionId,
            RegionFinding.Outside outside => throw new ConversionException(text.Seed.FullPath, null,
                $"the document is from {outside.Place}, which is in none of the site's regions ({string.Join("、", regions.All.Select(r => r.Name))}); "
                + $"to publish it, add its region to content/site.yml (regions: - id, zh, en), or give region: in {Path.GetFileName(sidecar.File)} if it belongs to one"),
            _ => SiteRegions.NationalId,
        };
    }

    /// <summary>
    /// A slug from what is known: region, the type's English word, and the year written or published, or a
    /// short hash of the seed when no year is known. ASCII only, deterministic.
    /// </summary>
    public static string DerivedSlug(string region, string type, DateOnly? date, string sha256) =>
        $"{region}-{DocumentType.Slug(type)}-" + (date is { } d ? d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : sha256[..8]);
}
