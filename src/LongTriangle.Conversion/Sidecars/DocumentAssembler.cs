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

    public static PolicyDocument Assemble(WorkingText text, DocumentStructure structure, SeedSidecar sidecar, SiteRegions regions)
    {
        var title = sidecar.Title
            ?? text.Facts.TitleFromChrome
            ?? (structure.TitleLine is { } line ? TitleLineFinder.TitleText(line.Text) : null)
            ?? structure.Notice?.ForwardedTitle
            ?? throw new ConversionException(text.Seed.FullPath, null,
                "no title found in the seed; give the official title in its sidecar (" + Path.GetFileName(sidecar.File) + ": title: …)");

        var fields = text.Facts.PageFields;
        var issuer = sidecar.Issuer ?? structure.Notice?.Issuer ?? structure.Closing?.Issuer ?? PageEvidence.Issuer(fields);
        var written = sidecar.Written ?? structure.Notice?.Written ?? structure.Closing?.Written ?? PageEvidence.Written(fields);
        var published = sidecar.Published ?? PageEvidence.Published(fields);
        var type = sidecar.Type ?? DocumentType.FromTitle(title);
        var region = sidecar.Region ?? regions.Guess(issuer, title);
        var slug = sidecar.Slug ?? DerivedSlug(region, type, written ?? published, text.Seed.Sha256);

        var missing = !sidecar.Missing.IsEmpty ? sidecar.Missing
            : text.Facts.TrailingMissing is { } tail ? structure.MissingParts.Add(tail)
            : structure.MissingParts;
        var completeness = missing.IsEmpty && !structure.HasFragment ? Completeness.Full : Completeness.Partial(missing);

        var flags = new DocumentFlags(
            text.Facts.RestoredFromSpunCopy,
            structure.Body.Sum(b => b.Text.Count(c => c == LostCharacter)),
            structure.MissingHeadings);

        var metadata = new DocumentMetadata(
            slug, region, title, sidecar.TitleEn, type, issuer, written, published,
            sidecar.Number ?? structure.Notice?.Number ?? structure.Number ?? PageEvidence.Number(fields),
            new DocumentSource(text.Seed.FileName, text.Seed.Sha256, text.Facts.SourceWebsite, sidecar.SourceUrl, text.Facts.Script),
            completeness, flags);

        return new PolicyDocument(metadata, structure.Body, text.Repairs.AddRange(structure.Repairs), text.RemovedLines);
    }

    /// <summary>
    /// A slug from what is known: region, the type's English word, and the year written or published, or a
    /// short hash of the seed when no year is known. ASCII only, deterministic.
    /// </summary>
    public static string DerivedSlug(string region, string type, DateOnly? date, string sha256) =>
        $"{region}-{DocumentType.Slug(type)}-" + (date is { } d ? d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : sha256[..8]);
}
