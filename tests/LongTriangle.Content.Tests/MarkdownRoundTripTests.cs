using System.Collections.Immutable;
using LongTriangle.Content.Markdown;
using LongTriangle.Conversion;
using LongTriangle.Conversion.Markdown;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Content.Tests;

/// <summary>The repository's seeds converted once for the class (the cleaning stages load large tables).</summary>
public sealed class ConvertedCorpus
{
    public ImmutableArray<(ConvertedDocument Document, ConvertedFiles Files)> All { get; } =
        new ContentConverter().ConvertAll(RepositoryRoot.Seeds, RepositoryRoot.Content);
}

/// <summary>
/// The content format's writer and reader (<see cref="MarkdownWriter"/>, <see cref="MarkdownReader"/>; the converter
/// writes with one, the site reads with the other) are a pair: every converted document, written and read back,
/// gives the metadata and the blocks it was written from —
/// ids, text, heading levels, numbering kinds, roles and run-in headings — so nothing the converter knows is lost on the way.
/// </summary>
public sealed class MarkdownRoundTripTests(ConvertedCorpus corpus) : IClassFixture<ConvertedCorpus>
{
    [Fact]
    public void The_corpus_is_converted() => corpus.All.Length.ShouldBeGreaterThanOrEqualTo(5);

    [Fact]
    public void Every_converted_documents_front_matter_reads_back_as_written()
    {
        foreach (var (document, files) in corpus.All)
        {
            var written = document.Metadata;
            var read = MarkdownReader.Read(files.Markdown, files.MarkdownPath).Metadata;

            read.ShouldBe(written with
            {
                // Collections compare by reference in a record: compared one by one below.
                Completeness = read.Completeness,
                FactSources = read.FactSources,
                Repairs = read.Repairs,
            }, customMessage: files.MarkdownPath);
            read.Completeness.IsFull.ShouldBe(written.Completeness.IsFull, customMessage: files.MarkdownPath);
            read.Completeness.Missing.ShouldBe(written.Completeness.Missing, customMessage: files.MarkdownPath);
            read.FactSources.ShouldBe(written.FactSources, customMessage: files.MarkdownPath);
            read.Repairs.ShouldBe(RepairCount.Of(document.Repairs.Select(r => r.Kind)), customMessage: files.MarkdownPath);
        }
    }

    [Fact]
    public void Every_converted_documents_body_reads_back_as_written()
    {
        foreach (var (document, files) in corpus.All)
        {
            var clauses = MarkdownReader.Read(files.Markdown, files.MarkdownPath).Clauses;

            clauses.Length.ShouldBe(document.Body.Length, customMessage: files.MarkdownPath);
            for (var i = 0; i < clauses.Length; i++)
            {
                var (block, clause) = (document.Body[i], clauses[i]);
                var where = $"{files.MarkdownPath} {block.Id}";
                clause.Id.ShouldBe(block.Id, customMessage: where);
                clause.Text.ShouldBe(block.Text, customMessage: where);
                clause.Numbering.ShouldBe(block.Numbering, customMessage: where);
                switch (block)
                {
                    case Heading heading:
                        clause.IsHeading.ShouldBeTrue(where);
                        clause.Level.ShouldBe(heading.Level, customMessage: where);
                        clause.Role.ShouldBe(heading.Missing ? BlockRole.HeadingMissing : heading.RestoredFrom is null ? BlockRole.None : BlockRole.HeadingRestored, customMessage: where);
                        break;
                    case Paragraph paragraph:
                        clause.IsHeading.ShouldBeFalse(where);
                        clause.Role.ShouldBe(BlockRoles.Of(paragraph.Role), customMessage: where);
                        clause.RunIn.ShouldBe(paragraph.RunIn > 0 ? paragraph.Text[..paragraph.RunIn] : null, customMessage: where);
                        break;
                }
            }
        }
    }
}
