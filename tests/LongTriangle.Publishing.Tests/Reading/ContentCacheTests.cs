using System.Text;
using System.Text.Json;
using LongTriangle.Content.Markdown;
using LongTriangle.Inputs;
using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Reading;

namespace LongTriangle.Publishing.Tests.Reading;

/// <summary>
/// Documents and translations taken from the build cache read exactly as the files parsed again (every value of
/// the records, compared in a canonical form: records holding arrays compare those by reference), problems included;
/// and a content folder read through the cache is the one read without it.
/// </summary>
public sealed class ContentCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "longtriangle-content-cache-" + Guid.NewGuid().ToString("N"));

    private string Content => _folder + "-content";

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        if (Directory.Exists(Content)) Directory.Delete(Content, recursive: true);
    }

    /// <summary>The cache as a later build opens it (the same folder, the same tool).</summary>
    private ContentCache Cache() => new(BuildCache.Open(_folder, new ToolFingerprint([7])));

    private string[] Entries(CacheArea area) => Directory.Exists(Path.Combine(_folder, area.Folder()))
        ? Directory.GetFiles(Path.Combine(_folder, area.Folder()), "*", SearchOption.AllDirectories)
        : [];

    /// <summary>Every public value of <paramref name="value"/>, nested records' and collections' included, as JSON:
    /// a value the packed form forgot, or a property added to the model and not to the packed form, shows.</summary>
    private static string Canonical<T>(T value) => JsonSerializer.Serialize(value);

    private static string Canonical(PolicyDocument document) =>
        Canonical(new { document.Metadata, document.Clauses, document.SourceFile, Corrections = document.Provenance?.Corrections, Digest = document.Provenance?.Digest });

    private static string Canonical(SiteContent content) =>
        Canonical(new { content.Regions, Documents = content.Documents.Select(Canonical).ToArray(), content.Translations, content.OrphanTranslations });

    private static string[] RepositoryFiles(string language, string pattern) =>
        Directory.GetFiles(Path.Combine(RepositoryRoot.Content, language), pattern, SearchOption.AllDirectories);

    // A translation with every kind of value, nulls included, and a character outside the BMP (two UTF-16 code units).
    private const string TranslationFragment = """
        title: "Outline 𠀀"
        headings:
          chp_8: "Chapter 8"
        clauses:
          chp_8__para_1:
            en: "We will advance opening-up."
            zh_hash: "0123456789abcdef"
            exceptions:
              - term: "统筹"
                reason: "Rendered by the verb phrase."
          closing__para_1:
            reason: "The signature is given in the document's metadata."
        missing:
          附件: "The annex"
        """;

    [Fact]
    public void Every_document_of_the_repository_comes_back_from_the_cache_as_parsed()
    {
        var files = RepositoryFiles("zh", "*.md");
        files.ShouldNotBeEmpty();

        var first = Cache();
        foreach (var file in files) first.Documents.Read(File.ReadAllBytes(file), file);
        first.Documents.Hits.ShouldBe(0);
        Entries(CacheArea.Documents).Length.ShouldBe(files.Length);

        var later = Cache();
        foreach (var file in files)
        {
            var cached = later.Documents.Read(File.ReadAllBytes(file), file);
            var parsed = PolicyDocumentReader.Parse(File.ReadAllText(file), file);
            cached.Clauses.Length.ShouldBeGreaterThan(10);
            Canonical(cached).ShouldBe(Canonical(parsed), file);
        }
        later.Documents.Hits.ShouldBe(files.Length);
    }

    [Fact]
    public void Every_translation_of_the_repository_comes_back_from_the_cache_as_parsed()
    {
        var name = "content/en/national/fragment.yml";
        var texts = RepositoryFiles("en", "*.yml").Select(f => (Name: f, Text: File.ReadAllText(f))).Append((name, TranslationFragment)).ToList();
        texts.Count.ShouldBeGreaterThan(1);

        var first = Cache();
        foreach (var (file, text) in texts) first.Translations.Read(Encoding.UTF8.GetBytes(text), file);
        var later = Cache();
        foreach (var (file, text) in texts)
        {
            var cached = later.Translations.Read(Encoding.UTF8.GetBytes(text), file);
            Canonical(cached).ShouldBe(Canonical(TranslationReader.Read(text, file)), file);
        }
        later.Translations.Hits.ShouldBe(texts.Count);

        var fragment = later.Translations.Read(Encoding.UTF8.GetBytes(TranslationFragment), name);
        fragment.Title.ShouldBe("Outline 𠀀");
        fragment.Type.ShouldBeNull();
        fragment.Clauses["chp_8__para_1"].Exceptions.ShouldBe([new GlossaryException("统筹", "Rendered by the verb phrase.")]);
        fragment.Clauses["closing__para_1"].English.ShouldBeNull();
        fragment.Missing["附件"].ShouldBe("The annex");
    }

    [Fact]
    public void An_empty_translation_file_comes_back_as_an_existing_empty_translation()
    {
        Cache().Translations.Read([], "content/en/r/a.yml");
        var cache = Cache();

        var read = cache.Translations.Read([], "content/en/r/a.yml");

        cache.Translations.Hits.ShouldBe(1);
        Canonical(read).ShouldBe(Canonical(Translation.Empty("content/en/r/a.yml", exists: true)));
    }

    [Fact]
    public void A_document_or_translation_with_a_problem_is_reported_on_every_build_and_never_stored()
    {
        var document = File.ReadAllText(RepositoryFiles("zh", "*.md")[0]).Replace("\nregion: ", "\nregion: [\n", StringComparison.Ordinal);
        const string DocumentName = "content/zh/r/a.md", TranslationName = "content/en/r/a.yml";
        var translation = TranslationFragment.Replace("zh_hash: \"0123456789abcdef\"", "zh_hash: \"ABC\"", StringComparison.Ordinal);
        var documentProblem = Should.Throw<ContentException>(() => PolicyDocumentReader.Parse(document, DocumentName));
        var translationProblem = Should.Throw<ContentException>(() => TranslationReader.Read(translation, TranslationName));

        for (var build = 0; build < 2; build++)
        {
            var cache = Cache();
            Should.Throw<ContentException>(() => cache.Documents.Read(Encoding.UTF8.GetBytes(document), DocumentName)).Message.ShouldBe(documentProblem.Message);
            Should.Throw<ContentException>(() => cache.Translations.Read(Encoding.UTF8.GetBytes(translation), TranslationName)).Message.ShouldBe(translationProblem.Message);
            (cache.Documents.Hits, cache.Translations.Hits).ShouldBe((0, 0));
        }
        documentProblem.Message.ShouldContain(DocumentName);
        translationProblem.Message.ShouldContain(TranslationName);
        Entries(CacheArea.Documents).ShouldBeEmpty();
        Entries(CacheArea.Translations).ShouldBeEmpty();
    }

    [Fact]
    public void A_changed_byte_or_another_file_name_is_read_again()
    {
        var file = RepositoryFiles("zh", "*.md")[0];
        var text = File.ReadAllText(file);
        Cache().Documents.Read(Encoding.UTF8.GetBytes(text), file);
        var cache = Cache();

        // One character of the first clause changed.
        var at = text.IndexOf('。', text.IndexOf("\n---\n", StringComparison.Ordinal));
        var changed = text[..at] + "；" + text[(at + 1)..];
        var read = cache.Documents.Read(Encoding.UTF8.GetBytes(changed), file);
        cache.Documents.Read(Encoding.UTF8.GetBytes(text), file + ".copy.md");

        cache.Documents.Hits.ShouldBe(0);
        Canonical(read).ShouldBe(Canonical(PolicyDocumentReader.Parse(changed, file)));
    }

    /// <summary>The repository's content folder copied, its files' times older than the clock's present tick.</summary>
    private string CopyOfContent()
    {
        foreach (var file in Directory.GetFiles(RepositoryRoot.Content, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(Content, Path.GetRelativePath(RepositoryRoot.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        FileSystemClock.NextTick();
        return Content;
    }

    [Fact]
    public void A_content_folder_read_through_the_cache_is_the_one_read_without_it()
    {
        var content = CopyOfContent();
        var fresh = ContentReader.Read(content);
        fresh.Documents.Length.ShouldBeGreaterThan(1);
        var translated = fresh.Translations.Values.Count(t => t.Exists);
        translated.ShouldBeGreaterThan(1);

        var first = Cache();
        Canonical(ContentReader.Read(content, first)).ShouldBe(Canonical(fresh));
        (first.Documents.Hits, first.Translations.Hits).ShouldBe((0, 0));

        var later = Cache();
        Canonical(ContentReader.Read(content, later)).ShouldBe(Canonical(fresh));
        (later.Documents.Hits, later.Documents.Unread).ShouldBe((fresh.Documents.Length, fresh.Documents.Length));
        (later.Translations.Hits, later.Translations.Unread).ShouldBe((translated, translated));
        later.Describe().ShouldBe($"({fresh.Documents.Length} documents, {translated} translations and {fresh.Documents.Length} provenance files from the cache), "
            + $"{2 * fresh.Documents.Length + translated} of them not read: their stamps unchanged");
    }

    [Fact]
    public void A_document_from_the_cache_is_joined_with_its_provenance_as_it_is_now()
    {
        var content = CopyOfContent();
        ContentReader.Read(content, Cache());
        var provenance = Directory.GetFiles(Path.Combine(content, "zh"), "*.provenance.yml", SearchOption.AllDirectories)[0];
        File.WriteAllText(provenance, File.ReadAllText(provenance).Replace("seed: ", "checked: \"by an editor\"\nseed: ", StringComparison.Ordinal));
        var cache = Cache();

        var read = ContentReader.Read(content, cache);

        Canonical(read).ShouldBe(Canonical(ContentReader.Read(content)));
        cache.Documents.Unread.ShouldBe(read.Documents.Length);
        cache.Provenances.Hits.ShouldBe(read.Documents.Length - 1);
    }

    [Fact]
    public void A_document_s_checks_against_other_files_run_on_every_build()
    {
        var content = CopyOfContent();
        ContentReader.Read(content, Cache());
        var markdown = Directory.GetFiles(Path.Combine(content, "zh"), "*.md", SearchOption.AllDirectories)[0];
        var renamed = Path.Combine(Path.GetDirectoryName(markdown)!, "renamed.md");
        File.Move(markdown, renamed);

        var problem = Should.Throw<ContentException>(() => ContentReader.Read(content, Cache()));

        problem.Message.ShouldBe(Should.Throw<ContentException>(() => ContentReader.Read(content)).Message);
        problem.Message.ShouldContain("renamed.md");
        problem.Message.ShouldContain("the file name must be the slug");
    }
}
