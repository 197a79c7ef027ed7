using LongTriangle.Publishing.Build;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// Turns a document's clauses into <see cref="ComparedClause"/>s, walking the document once in reading
/// order with the headings above the current clause on a stack (so a clause's headings cost nothing
/// extra), and counts the grams of a corpus for the inverse document frequencies.
/// </summary>
/// <remarks>
/// The grams of a clause are extracted twice, once to count them and once to weigh them, into one reused
/// buffer: storing them between the two passes would hold eight bytes per gram of the whole corpus
/// (hundreds of megabytes at a thousand documents), extracting them again costs a few nanoseconds per
/// character and allocates nothing.
/// </remarks>
public sealed class ClausePreparer(CharacterGrams grams, DocumentFrequencies frequencies)
{
    private readonly List<long> _buffer = [];

    public ClausePreparer(CharacterGrams grams)
        : this(grams, new DocumentFrequencies())
    {
    }

    public DocumentFrequencies Frequencies { get; } = frequencies;

    public CharacterGrams Grams => grams;

    /// <summary>Paragraphs with words of their own; not headings, the notice header or the signature.</summary>
    public static bool IsComparable(Clause clause) =>
        !clause.IsHeading && clause.IsBodyText;

    /// <summary>Counts the grams of every comparable clause of <paramref name="document"/>; call for every document before <see cref="Prepare"/>.</summary>
    public void Count(PolicyDocument document)
    {
        foreach (var clause in document.Clauses)
        {
            if (!IsComparable(clause)) continue;
            _buffer.Clear();
            grams.AppendTo(clause.Text, _buffer);
            Frequencies.Add(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_buffer));
        }
    }

    /// <summary>
    /// <see cref="Count"/> for every document of <paramref name="documents"/> in order, the same counts and the same
    /// numbers for Latin tokens: each clause's Han grams are found and sorted on every core, a few dozen documents
    /// at a time, and counted (and its Latin tokens numbered) in reading order on this thread.
    /// </summary>
    public void CountAll(IReadOnlyList<PolicyDocument> documents)
    {
        foreach (var batch in documents.Chunk(DocumentsAtOnce))
        {
            foreach (var clauses in Cores.Map(batch, FoundGrams))
            {
                foreach (var (han, latinWords) in clauses)
                {
                    _buffer.Clear();
                    _buffer.AddRange(han);
                    foreach (var word in latinWords) _buffer.Add(grams.LatinGram(word));
                    Frequencies.Add(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_buffer));
                }
            }
        }
    }

    /// <summary>Documents whose grams are found at once: enough to keep both cores busy, few enough that their grams stay small.</summary>
    private const int DocumentsAtOnce = 32;

    /// <summary>Each comparable clause's distinct Han grams, sorted, and its Latin tokens in reading order.</summary>
    private (long[] Han, List<string> LatinWords)[] FoundGrams(PolicyDocument document)
    {
        var buffer = new List<long>();
        var found = new List<(long[], List<string>)>();
        foreach (var clause in document.Clauses)
        {
            if (!IsComparable(clause)) continue;
            buffer.Clear();
            var latinWords = new List<string>();
            grams.AppendHanTo(clause.Text, buffer, latinWords);
            var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffer);
            span.Sort();
            var distinct = 0;
            for (var i = 0; i < span.Length; i++)
            {
                if (i == 0 || span[i] != span[distinct - 1]) span[distinct++] = span[i];
            }
            found.Add((span[..distinct].ToArray(), latinWords));
        }
        return [.. found];
    }

    /// <summary>The comparable clauses of <paramref name="document"/>, in reading order.</summary>
    public IEnumerable<ComparedClause> Prepare(PolicyDocument document) =>
        Place(document).Select(placed => Complete(placed, _buffer));

    /// <summary>
    /// The comparable clauses of <paramref name="document"/> in reading order with their headings as grams. Call in
    /// the order of the documents, on one thread: a heading's Latin word counted nowhere else gets its number here.
    /// </summary>
    public IReadOnlyList<PlacedClause> Place(PolicyDocument document)
    {
        var placed = new List<PlacedClause>();
        var titleVector = TermVector.Empty;
        foreach (var (clause, title, newTitle, scope) in Walk(document.Clauses))
        {
            if (newTitle) titleVector = Vector(title, _buffer);
            placed.Add(new PlacedClause(new ClauseReference(document, clause), title, titleVector, scope));
        }
        return placed;
    }

    /// <summary>
    /// The comparable clauses of <paramref name="clauses"/> in reading order, each with its title (its run-in heading,
    /// else the nearest heading above it), whether that title differs from the previous clause's (the titles
    /// <see cref="Place"/> makes grams of), and the areas its headings put it in.
    /// </summary>
    public static IEnumerable<(Clause Clause, string Title, bool NewTitle, AreaSet Scope)> Walk(IReadOnlyList<Clause> clauses)
    {
        // Headings (and numbered run-in items) above the current clause, each of a lower level than the next:
        // the same path PolicyDocument.HeadingPath finds by walking back from each clause.
        var path = new List<Clause>();
        var headings = new List<string>();
        string? lastTitle = null;
        foreach (var clause in clauses)
        {
            if (IsComparable(clause))
            {
                var level = clause.OutlineLevel ?? int.MaxValue;
                var above = 0;
                while (above < path.Count && path[above].OutlineLevel < level) above++;
                headings.Clear();
                for (var i = 0; i < above; i++) headings.Add(path[i].RunIn ?? path[i].Text);
                if (clause.RunIn is { } runIn) headings.Add(runIn);
                var title = clause.RunIn ?? (above > 0 ? path[above - 1].RunIn ?? path[above - 1].Text : "");
                var newTitle = !string.Equals(title, lastTitle, StringComparison.Ordinal);
                lastTitle = title;
                yield return (clause, title, newTitle, AreaSet.Where(SpecialArea.YangtzeRiverDelta, a => headings.Any(a.NamedInHeading)));
            }
            if (clause.OutlineLevel is { } outlineLevel)
            {
                while (path.Count > 0 && path[^1].OutlineLevel >= outlineLevel) path.RemoveAt(path.Count - 1);
                path.Add(clause);
            }
        }
    }

    /// <summary>
    /// The clause prepared for comparison, in the caller's <paramref name="buffer"/>. Safe on several threads at
    /// once (each with a buffer of its own) once every document is counted: the grams of a comparable clause's
    /// text were all numbered then, so this only reads the preparer.
    /// </summary>
    public ComparedClause Complete(PlacedClause placed, List<long> buffer)
    {
        var text = placed.Reference.Clause.Text;
        return new ComparedClause(
            placed.Reference,
            Vector(text, buffer),
            placed.TitleText,
            placed.Title,
            placed.Scope,
            AreaSet.Where(SpecialArea.YangtzeRiverDelta, a => a.NamedIn(text)));
    }

    private TermVector Vector(string text, List<long> buffer)
    {
        buffer.Clear();
        grams.AppendTo(text, buffer);
        return TermVector.Of(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffer), Frequencies.InverseOf);
    }
}
