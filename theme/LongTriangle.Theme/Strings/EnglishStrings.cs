using System.Globalization;
using LongTriangle.Content;

namespace LongTriangle.Theme.Strings;

/// <summary>The interface in English.</summary>
internal sealed class EnglishStrings : UiStrings
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public override string SiteName => "Yangtze River Delta Integration Policies";
    public override string SiteTagline => "Read, cite and compare the policies integrating the Yangtze River Delta";
    public override IReadOnlyList<string> Introduction =>
    [
        "The Outline for the Integrated Regional Development of the Yangtze River Delta and the plans with which the provinces and municipalities of the Delta implement it, in Chinese and English.",
        "Every chapter, section, item and paragraph has a stable link and a ready-made citation for papers and reports. Each document states its source, how complete it is, and what was repaired in preparing it.",
    ];
    public override string HomeDescription => "The Yangtze River Delta integration Outline and the provincial and municipal plans implementing it: full text, a link and citation for every clause, Chinese and English side by side.";
    public override string Home => "Home";
    public override string SkipToContent => "Skip to content";
    public override string MainNavigation => "Main";
    public override string Breadcrumbs => "You are here";
    public override string Regions => "Browse by region";
    public override string NoDocumentsIn(string region) => $"No {region} document is published on this site yet.";
    public override string NotYetPublished(IReadOnlyList<string> regions) => $"No document is published yet for: {string.Join(", ", regions)}.";
    public override string Contents => "Contents";
    public override string BackToTop => "Back to top";
    public override string HeadingMissing => " [heading missing in source]";
    public override string PageTools => "Page tools";
    public override string Search => "Search";
    public override string SearchLabel => "Search the documents";
    public override string SearchPlaceholder => "Search (press /)";
    public override string SearchPageTitle => "Search";
    public override string SearchPageDescription => "Search every clause of the Yangtze River Delta integration policies, in English and Chinese.";
    public override string SearchPageIntroduction => "Search every heading and clause, in English or Chinese. Each result links to the clause itself. Chinese words also find the Chinese text of clauses not yet translated.";
    public override string SearchNoResults => "No clauses match “{query}”.";
    public override string SearchOneResult => "1 clause";
    public override string SearchResultCount => "{count} clauses";
    public override string SearchLoading => "Searching…";
    public override string SearchUnavailable => "Search is unavailable: the search index could not be loaded (the site must be served over HTTP, not opened as files).";
    public override string SearchNeedsScript => "Search needs JavaScript. Every document is listed by region on the home page.";
    public override string SearchAllResults => "All results";
    public override string SearchAnyValue => "All";
    public override string SearchChineseText => "Chinese text";
    public override string SearchPartialMatches => "Partial matches";
    public override string SearchMoreResults => "More results";
    public override string SearchCorrected => "Nothing matches exactly; showing results for “{corrected}”.";
    public override string ColourScheme => "Switch dark/light";
    public override string OtherLanguageName => "English";
    public override string ReadInEnglish => "Read this site in English →";
    public override string ListSeparator => "; ";
    public override string LabelSeparator => ": ";

    public override string Type => "Type";
    public override string Issuer => "Issued by";
    public override string Written => "Date written";
    public override string Published => "Date published";
    public override string Number => "Document number";
    public override string Region => "Region";
    public override string Source => "Source";
    public override string SourceFile => "Source file";
    public override string NotStated => "Not stated in the source";
    public override string OfficialText => "Official text";
    public override string FactSources => "Where each fact comes from";
    public override string CopiedOn(string date) => $" (copy of {date})";
    public override string CorrectedInChinese => "The Chinese here is corrected";
    public override string WhereSourceCopyRead => "; the source copy read ";
    public override string ReusedIdNotice(string date) => $"Links to this place made before {date} pointed to the text now at ";
    public override string SourceCopyRead(string reading) => reading.Length == 0 ? " [not in the source copy]" : $" [source copy: “{reading}”]";
    public override string Completeness => "Completeness";
    public override string Complete => "Complete as far as the source shows";
    public override string Incomplete => "Incomplete";
    public override string MissingParts => "Missing";
    public override string Provenance => "How this text was prepared";
    public override string RepairCounts => "Repairs by kind";
    public override string FullProvenance => "Full record of repairs";
    public override string ProvenanceExplanation => "Everything that was removed or repaired when the republished web copy was turned into the text shown on this site.";
    public override string BackToDocument => "Back to the document";
    public override string Data => "Machine-readable data (JSON)";
    public override string AllData => "Index of all documents (JSON)";

    public override string AuthoritativeNotice => "The Chinese text is authoritative; the English is an unofficial reference translation.";
    public override string NotYetTranslated => "not yet translated";
    public override string TranslationOutdated => "translation outdated: the Chinese has changed since";
    public override string NotTranslatedBecause(string reason) => "not translated: " + reason;
    public override string CompleteInChineseOnly => "Full text in Chinese; the English translation is not complete";
    public override string EnglishTranslation => "English translation";
    public override string TranslationCoverage(int translated, int clauses, int percentOfCharacters, int outdated) =>
        $"{translated.ToString(CultureInfo.InvariantCulture)} of {clauses.ToString(CultureInfo.InvariantCulture)} headings and clauses translated ({percentOfCharacters.ToString(CultureInfo.InvariantCulture)}% of the text)"
        + (outdated > 0 ? $", {outdated.ToString(CultureInfo.InvariantCulture)} outdated" : "");
    public override string Glossary => "Glossary";
    public override string GlossaryDescription => "The English used for the terms of the Yangtze River Delta integration plans, with the clauses that use each term.";
    public override string GlossaryIntroduction => "One English rendering for each term, used by every translation on this site and checked clause by clause. Each term links to the clauses whose Chinese uses it.";
    public override string GlossaryTermCount(int count) => count == 1 ? "1 term" : $"{count.ToString(CultureInfo.InvariantCulture)} terms";
    public override string Abbreviation => "Short form";
    public override string AlsoAccepted => "Also accepted";
    public override string OfficialSource => "Official English";
    public override string UsedInCount(int clauses, int documents) =>
        $"Used in {(clauses == 1 ? "1 clause" : clauses.ToString(CultureInfo.InvariantCulture) + " clauses")} of {DocumentCount(documents)}";
    public override string NotUsed => "Not used in the documents yet.";
    public override string FragmentOfMissingPart => "Continued: the source keeps only the end of the preceding part";
    public override string LinkToClause => "Link to this clause";
    public override string CopyLink => "Copy link";
    public override string CopyCitation => "Copy citation";
    public override string Copied => "Copied";
    public override string Previous => "Previous document";
    public override string Next => "Next document";
    public override string DocumentNavigation => "More from this region";
    public override string SideBySide => "Side by side";
    public override string SingleLanguage => "Single language";
    public override string ChineseColumn => "Chinese";
    public override string EnglishColumn => "English";

    public override string NotFoundTitle => "Page not found";
    public override string NotFoundText => "The page you asked for does not exist or has moved. The home page lists every document by region.";

    public override string DocumentCount(int count) => count == 1 ? "1 document" : $"{count.ToString(CultureInfo.InvariantCulture)} documents";
    public override string RegionDescription(string region, int documents) => $"{region}: contents of {DocumentCount(documents)}, with a link to every chapter and clause.";
    public override string DocumentDescription(string title, string? issuer, string? date) =>
        title + (issuer is null ? "" : $", issued by {issuer}") + (date is null ? "" : $", {Date(date)}") + ". Full text with a link and citation for every clause.";
    public override string ParallelTitle(string title) => $"{title} (Chinese–English)";
    public override string ProvenanceTitle(string title) => $"{title}: how this text was prepared";

    public override string Date(string iso) =>
        ParseDate(iso) is var (y, m, d) ? $"{d.ToString(CultureInfo.InvariantCulture)} {Months[m - 1]} {y.ToString(CultureInfo.InvariantCulture)}" : iso;

    public override string ConvertedFromScript(string script) => script switch
    {
        "traditional" => "converted from a Traditional Chinese copy",
        "traditional-taiwan" => "converted from a Traditional Chinese copy with Taiwanese vocabulary",
        "mixed" => "unified from a copy mixing Traditional and Simplified characters",
        _ => "",
    };
    public override string RestoredFromSpunCopy => "restored from a spun copy (words replaced by synonyms)";
    public override string LostCharacters(int count) => count == 1 ? "1 character lost in the source (shown as □)" : $"{count.ToString(CultureInfo.InvariantCulture)} characters lost in the source (shown as □)";
    public override string MissingHeadings(int count) => count == 1 ? "1 heading missing in the source (number kept)" : $"{count.ToString(CultureInfo.InvariantCulture)} headings missing in the source (numbers kept)";
    public override string RepairsMade(int count) => count == 1 ? "1 repair" : $"{count.ToString(CultureInfo.InvariantCulture)} repairs";
    public override string NoRepairs => "no repairs were needed";

#pragma warning disable CS8524 // values outside the enum: RepairKinds.Read and Parse return named kinds only
    public override string RepairLabel(RepairKind kind) => kind switch
    {
        RepairKind.Encoding => "character encoding",
        RepairKind.UnicodeNormalisation => "Unicode normalisation",
        RepairKind.MarkupRemoved => "HTML left by the web page removed",
        RepairKind.ChromeRemoved => "web page clutter removed",
        RepairKind.ScriptConverted => "Traditional → Simplified",
        RepairKind.VocabularyRestored => "vocabulary restored",
        RepairKind.PinyinRemoved => "pinyin removed",
        RepairKind.MojibakeRepaired => "garbled characters repaired",
        RepairKind.LostCharacter => "lost characters",
        RepairKind.LineSplit => "paragraphs run together split apart",
        RepairKind.LineRejoined => "broken lines rejoined",
        RepairKind.DoubledCharacterRemoved => "doubled characters removed",
        RepairKind.StrayCharacterRemoved => "stray characters removed",
        RepairKind.InvisibleCharacterRemoved => "invisible characters removed",
        RepairKind.ContinuationMarkerRemoved => "continuation markers removed",
        RepairKind.SpinnerReversed => "synonym spinning reversed",
        RepairKind.PunctuationRestored => "punctuation restored",
        RepairKind.HeadingInserted => "missing heading numbers inserted",
        RepairKind.HeadingRestored => "lost headings restored from the official text",
        RepairKind.LostCharacterRecovered => "lost characters named from a printed reading or a surviving byte",
        RepairKind.TitleCleaned => "title cleaned",
        RepairKind.NumberingDisambiguated => "repeated number told apart",
        RepairKind.Erratum => "errata",
    };
#pragma warning restore CS8524

    public override string ProvenanceLabel(string key, string? section) => (section, key) switch
    {
        (null, "seed") => "Source file",
        (null, "sha256") => "SHA-256 of the source file",
        (null, "removed") => "Removed from the copy",
        (null, "repairs") => "Repairs",
        (null, "errata") => "Corrections from the official text",
        (null, "lost_characters") => "Characters lost in the source",
        (null, "variants") => "Where another document reads differently",
        ("variants", "after") => "Followed by",
        (_, "line") => "Line of the source",
        (_, "text") => "Text",
        (_, "reason") => "Why",
        (_, "eid") => "Clause",
        (_, "kind") => "Kind",
        (_, "before") => "Before",
        (_, "after") => "After",
        (_, "note") => "Note",
        (_, "find") => "The copy reads",
        (_, "replace") => "Corrected to",
        (_, "source") => "Authority",
        (_, "context") => "Context",
        (_, "reading") => "This document reads",
        (_, "other_reading") => "The other reads",
        (_, "other_document") => "Other document",
        (_, "other_eid") => "Its clause",
        _ => base.ProvenanceLabel(key, section),
    };
}
