using LongTriangle.ChineseScript;
using LongTriangle.Conversion.Reading;

namespace LongTriangle.Conversion.Cleaning.Script;

/// <summary>The Taiwan→mainland vocabulary of Data/TaiwanVocabulary.txt, matched longest first.</summary>
public sealed class TaiwanVocabulary
{
    private TaiwanVocabulary(IReadOnlyList<VocabularyTerm> terms)
    {
        Terms = terms;
        Trie = new PhraseTrie<VocabularyTerm>(terms.Select(t => KeyValuePair.Create(t.Term, t)));
    }

    public IReadOnlyList<VocabularyTerm> Terms { get; }

    public PhraseTrie<VocabularyTerm> Trie { get; }

    public static TaiwanVocabulary LoadEmbedded() => Parse(EmbeddedData.ReadLines("TaiwanVocabulary.txt"));

    public static TaiwanVocabulary Parse(IEnumerable<string> lines)
    {
        var terms = new List<VocabularyTerm>();
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            if (fields.Length < 3)
            {
                throw new FormatException($"Vocabulary line needs term, replacement and strength: {line}");
            }

            var rule = fields.Length > 3 ? fields[3] : "";
            var except = rule.StartsWith("except:", StringComparison.Ordinal) ? rule["except:".Length..].Split('|') : [];
            var only = rule.StartsWith("only:", StringComparison.Ordinal) ? rule["only:".Length..].Split('|') : [];
            terms.Add(new VocabularyTerm(fields[0], fields[1], fields[2] == "strong", except, only));
        }

        return new TaiwanVocabulary(terms);
    }
}
