using LongTriangle.Content;

namespace LongTriangle.Theme.Strings;

/// <summary>
/// Every word of the interface, in one language. Content (titles, clause text) is never here; only the
/// words around it, and how numbers and dates are written in running text.
/// </summary>
public abstract class UiStrings
{
    public static UiStrings Chinese { get; } = new ChineseStrings();

    public static UiStrings English { get; } = new EnglishStrings();

    public static UiStrings TraditionalChinese { get; } = new TraditionalChineseStrings();

    public abstract string SiteName { get; }
    public abstract string SiteTagline { get; }
    public abstract IReadOnlyList<string> Introduction { get; }
    public abstract string HomeDescription { get; }
    public abstract string Home { get; }
    public abstract string SkipToContent { get; }
    public abstract string MainNavigation { get; }
    public abstract string Breadcrumbs { get; }
    public abstract string Regions { get; }
    /// <summary>A region's page when no document of it is published yet: plainly, no promise.</summary>
    public abstract string NoDocumentsIn(string region);
    /// <summary>The home page's one line naming the regions that have no document yet.</summary>
    public abstract string NotYetPublished(IReadOnlyList<string> regions);
    public abstract string Contents { get; }
    public abstract string BackToTop { get; }
    /// <summary>Appended to the number of a heading whose words the source copy lost (with its own separator).</summary>
    public abstract string HeadingMissing { get; }
    public abstract string PageTools { get; }
    public abstract string Search { get; }
    /// <summary>The search box's accessible name (its visible hint is <see cref="SearchPlaceholder"/>).</summary>
    public abstract string SearchLabel { get; }
    public abstract string SearchPlaceholder { get; }
    public abstract string SearchPageTitle { get; }
    public abstract string SearchPageDescription { get; }
    public abstract string SearchPageIntroduction { get; }
    /// <summary>Templates filled in by the search script: {query} is the reader's query, {count} a number.</summary>
    public abstract string SearchNoResults { get; }
    public abstract string SearchOneResult { get; }
    public abstract string SearchResultCount { get; }
    public abstract string SearchLoading { get; }
    public abstract string SearchUnavailable { get; }
    public abstract string SearchNeedsScript { get; }
    public abstract string SearchAllResults { get; }
    public abstract string SearchAnyValue { get; }
    /// <summary>Marks a result found in the Chinese text on an English page.</summary>
    public abstract string SearchChineseText { get; }
    /// <summary>Heads the separated partial matches (some of the query's words, not all).</summary>
    public abstract string SearchPartialMatches { get; }
    /// <summary>The button that lists the next page of results.</summary>
    public abstract string SearchMoreResults { get; }
    /// <summary>Said when the query typed matched nothing and a near spelling was searched; {corrected} is that spelling.</summary>
    public abstract string SearchCorrected { get; }
    public abstract string ColourScheme { get; }
    public abstract string OtherLanguageName { get; }
    /// <summary>The invitation on the site root, which is the Chinese home, for readers of this language.</summary>
    public abstract string ReadInEnglish { get; }
    /// <summary>For a rendition generated from the authoritative text: what its citations add to say so (else null).</summary>
    public virtual string? GeneratedRenditionNote => null;
    public abstract string ListSeparator { get; }
    /// <summary>Between a label and what follows it: '：' in Chinese, ': ' in English.</summary>
    public abstract string LabelSeparator { get; }

    public abstract string Type { get; }
    public abstract string Issuer { get; }
    public abstract string Written { get; }
    public abstract string Published { get; }
    public abstract string Number { get; }
    public abstract string Region { get; }
    public abstract string Source { get; }
    public abstract string SourceFile { get; }
    /// <summary>Said in a fact's row when no source states it.</summary>
    public abstract string NotStated { get; }
    /// <summary>The address where the issuing authority published the document.</summary>
    public abstract string OfficialText { get; }
    /// <summary>Caption of the table of where each fact was found.</summary>
    public abstract string FactSources { get; }
    /// <summary>After the name of the website or newspaper: when the copy was made (date already formatted).</summary>
    public abstract string CopiedOn(string date);
    /// <summary>After an editor's correction: what the source copy read there (empty: it lacked the words).</summary>
    public abstract string SourceCopyRead(string reading);
    /// <summary>Label of the note under a translated clause whose Chinese the editor corrected.</summary>
    public abstract string CorrectedInChinese { get; }
    /// <summary>Between the corrected Chinese and what the source copy read, in that note.</summary>
    public abstract string WhereSourceCopyRead { get; }
    /// <summary>At a reused eId, before the link to where its old text is: links made before <paramref name="date"/> (formatted) meant that text.</summary>
    public abstract string ReusedIdNotice(string date);
    public abstract string Completeness { get; }
    public abstract string Complete { get; }
    public abstract string Incomplete { get; }
    public abstract string MissingParts { get; }
    public abstract string Provenance { get; }
    public abstract string RepairCounts { get; }
    public abstract string FullProvenance { get; }
    public abstract string ProvenanceExplanation { get; }
    public abstract string BackToDocument { get; }
    public abstract string Data { get; }
    public abstract string AllData { get; }

    public abstract string AuthoritativeNotice { get; }
    public abstract string NotYetTranslated { get; }
    /// <summary>Marks English written for an earlier Chinese text, still shown.</summary>
    public abstract string TranslationOutdated { get; }
    /// <summary>Marks a clause that has no English by decision, with the reason.</summary>
    public abstract string NotTranslatedBecause(string reason);
    /// <summary>The completeness of an English page whose Chinese is complete but whose English is not.</summary>
    public abstract string CompleteInChineseOnly { get; }
    public abstract string EnglishTranslation { get; }
    /// <summary>How much of a document has current English: clauses and share of the Chinese characters.</summary>
    public abstract string TranslationCoverage(int translated, int clauses, int percentOfCharacters, int outdated);
    public abstract string Glossary { get; }
    public abstract string GlossaryDescription { get; }
    public abstract string GlossaryIntroduction { get; }
    public abstract string GlossaryTermCount(int count);
    public abstract string Abbreviation { get; }
    public abstract string AlsoAccepted { get; }
    public abstract string OfficialSource { get; }
    public abstract string UsedInCount(int clauses, int documents);
    public abstract string NotUsed { get; }

    /// <summary>Said before text that continues a part the source does not hold (it began mid-sentence).</summary>
    public abstract string FragmentOfMissingPart { get; }
    public abstract string LinkToClause { get; }
    public abstract string CopyLink { get; }
    public abstract string CopyCitation { get; }
    public abstract string Copied { get; }
    public abstract string Previous { get; }
    public abstract string Next { get; }
    public abstract string DocumentNavigation { get; }
    public abstract string SideBySide { get; }
    public abstract string SingleLanguage { get; }
    public abstract string ChineseColumn { get; }
    public abstract string EnglishColumn { get; }

    public abstract string NotFoundTitle { get; }
    public abstract string NotFoundText { get; }

    public abstract string DocumentCount(int count);
    public abstract string RegionDescription(string region, int documents);
    public abstract string DocumentDescription(string title, string? issuer, string? date);
    public abstract string ParallelTitle(string title);
    public abstract string ProvenanceTitle(string title);

    /// <summary>An ISO date (YYYY-MM-DD) as a reader writes it.</summary>
    public abstract string Date(string iso);

    public abstract string ConvertedFromScript(string script);
    public abstract string RestoredFromSpunCopy { get; }
    public abstract string LostCharacters(int count);
    public abstract string MissingHeadings(int count);
    public abstract string RepairsMade(int count);
    public abstract string NoRepairs { get; }

    /// <summary>
    /// A kind of repair in the reader's words. Each rendition labels every kind with a switch that has no
    /// default arm, so a kind added to <see cref="LongTriangle.Content.RepairKind"/> without a label here
    /// does not compile (CS8509).
    /// </summary>
    public abstract string RepairLabel(RepairKind kind);

    protected static (int Year, int Month, int Day)? ParseDate(string iso) =>
        iso.Length == 10
        && int.TryParse(iso.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y)
        && int.TryParse(iso.AsSpan(5, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m)
        && int.TryParse(iso.AsSpan(8, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d)
        && m is >= 1 and <= 12 && d is >= 1 and <= 31
            ? (y, m, d)
            : null;

    /// <summary>
    /// A reader's label for a key of the provenance record (a section such as <c>lost_characters</c>, or a
    /// column such as <c>other_reading</c>); <paramref name="section"/> is the section a column belongs to.
    /// A key no language knows yet is shown as words (<c>some_key</c> → "some key"), never as the raw key.
    /// </summary>
    public virtual string ProvenanceLabel(string key, string? section) => AsWords(key);

    /// <summary>The label of a document's downloads, and each download.</summary>
    public virtual string Downloads => "Download";
    public virtual string PdfDownload => "PDF for printing";
    public virtual string MarkdownDownload => "Chinese text (Markdown)";
    public virtual string TranslationDownload => "English translation (YAML)";
    public virtual string JsonDownload => "Data (JSON)";

    /// <summary>A key as words: underscores and hyphens become spaces.</summary>
    public static string AsWords(string key) => key.Replace('_', ' ').Replace('-', ' ');
}
