namespace LongTriangle.Publishing.Concordance;

/// <summary>
/// What one document adds to the library's <see cref="DocumentFrequencies"/>: its comparable clauses, and in how many
/// of them each gram occurs; and its Latin tokens in the order the concordance numbers them (those of its clauses'
/// text, then those of the titles <see cref="ClausePreparer.Place"/> makes grams of). Two versions of a document with
/// the same tokens in the same order leave every token's number as it was; the difference of their counts is the
/// change of the library's counts.
/// </summary>
public sealed class DocumentGramCounts
{
    private DocumentGramCounts(int clauses, Dictionary<long, int> han, Dictionary<string, int> latin, string[] textWords, string[] titleWords)
    {
        Clauses = clauses;
        Han = han;
        Latin = latin;
        TextWords = textWords;
        TitleWords = titleWords;
    }

    public int Clauses { get; }

    /// <summary>Each Han gram with the number of the document's comparable clauses it occurs in.</summary>
    public IReadOnlyDictionary<long, int> Han { get; }

    /// <summary>Each Latin token (lower case) with the number of the document's comparable clauses it occurs in.</summary>
    public IReadOnlyDictionary<string, int> Latin { get; }

    /// <summary>The Latin tokens of the comparable clauses' text, in reading order.</summary>
    public IReadOnlyList<string> TextWords { get; }

    /// <summary>The Latin tokens of the titles made into grams, in reading order.</summary>
    public IReadOnlyList<string> TitleWords { get; }

    /// <summary>The counts of <paramref name="clauses"/> (a document's, in order); only reads <paramref name="grams"/>.</summary>
    public static DocumentGramCounts Of(IReadOnlyList<Clause> clauses, CharacterGrams grams)
    {
        var han = new Dictionary<long, int>();
        var latin = new Dictionary<string, int>(StringComparer.Ordinal);
        var textWords = new List<string>();
        var titleWords = new List<string>();
        var buffer = new List<long>();
        var words = new List<string>();
        var count = 0;
        foreach (var (clause, title, newTitle, _) in ClausePreparer.Walk(clauses))
        {
            count++;
            buffer.Clear();
            words.Clear();
            grams.AppendHanTo(clause.Text, buffer, words);
            foreach (var gram in buffer.Distinct()) System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(han, gram, out _)++;
            foreach (var word in words.Distinct()) System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(latin, word, out _)++;
            textWords.AddRange(words);
            if (newTitle)
            {
                buffer.Clear();
                grams.AppendHanTo(title, buffer, titleWords);
            }
        }
        return new DocumentGramCounts(count, han, latin, [.. textWords], [.. titleWords]);
    }

    /// <summary>Whether the two versions number the library's Latin tokens alike: the same tokens in the same order.</summary>
    public bool NumbersLatinAs(DocumentGramCounts other) =>
        TextWords.SequenceEqual(other.TextWords, StringComparer.Ordinal) && TitleWords.SequenceEqual(other.TitleWords, StringComparer.Ordinal);
}
