using System.Text;

namespace LongTriangle.ChineseScript;

/// <summary>
/// Converts Simplified text to Traditional characters in Taiwan-standard glyphs, by character form only
/// (信息 stays 信息, 网络 becomes 網絡: no vocabulary is changed). It follows OpenCC's <c>s2tw</c>: at each
/// position the longest phrase of OpenCC's STPhrases or character of STCharacters wins (so the phrase
/// decides a one-to-many character: 头发 → 頭髮 but 发展 → 發展, 面条 → 麵條 but 方面 → 方面), then
/// TWVariants gives the Taiwan form of the result (爲 → 為, 羣 → 群). Loaded once from the committed data
/// (Data/, by scripts/generate-traditional-data.sh) and immutable afterwards; safe to share between threads.
/// </summary>
public sealed class SimplifiedToTraditional
{
    private readonly PhraseTrie<string> forms;
    private readonly PhraseTrie<string> taiwanVariants;

    private SimplifiedToTraditional(PhraseTrie<string> forms, PhraseTrie<string> taiwanVariants)
    {
        this.forms = forms;
        this.taiwanVariants = taiwanVariants;
    }

    public static SimplifiedToTraditional LoadEmbedded() => Create(
        Data("SimplifiedCharacters.txt").Concat(Data("SimplifiedPhrases.txt")),
        Data("TaiwanVariants.txt"));

    private static IReadOnlyList<string> Data(string fileName) =>
        EmbeddedLines.Read(typeof(SimplifiedToTraditional).Assembly, "LongTriangle.ChineseScript.Data." + fileName);

    /// <param name="formLines">"simplified TAB traditional" for characters and phrases.</param>
    /// <param name="variantLines">"traditional TAB Taiwan form".</param>
    public static SimplifiedToTraditional Create(IEnumerable<string> formLines, IEnumerable<string> variantLines) =>
        new(new PhraseTrie<string>(Parse(formLines)), new PhraseTrie<string>(Parse(variantLines)));

    public string Convert(string text) => Replace(Replace(text, forms), taiwanVariants);

    private static string Replace(string text, PhraseTrie<string> table)
    {
        var output = new StringBuilder(text.Length);
        var span = text.AsSpan();
        var i = 0;
        while (i < text.Length)
        {
            var (length, replacement) = table.LongestMatch(span, i);
            if (length > 0 && replacement is not null)
            {
                output.Append(replacement);
                i += length;
            }
            else
            {
                // A surrogate pair without an entry is copied whole, never split.
                var step = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                output.Append(span.Slice(i, step));
                i += step;
            }
        }

        return output.ToString();
    }

    private static IEnumerable<KeyValuePair<string, string>> Parse(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t');
            if (tab > 0)
            {
                yield return new KeyValuePair<string, string>(line[..tab], line[(tab + 1)..]);
            }
        }
    }
}
