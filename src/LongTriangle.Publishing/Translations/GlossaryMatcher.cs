using System.Text.RegularExpressions;
using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Translations;

/// <summary>
/// Finds glossary terms in Chinese text and tells whether an English text renders them. In the Chinese the
/// longest form wins from left to right, so 长三角生态绿色一体化发展示范区 is one term, not also 长三角 and
/// 一体化. In the English a term is rendered when its English, abbreviation or a variant occurs as whole
/// words (<see cref="EnglishText"/> normalisation; a plural -s/-es is accepted; a trailing * in a variant
/// matches any word ending).
/// </summary>
public sealed class GlossaryMatcher
{
    private readonly List<(string Form, GlossaryTerm Term)> _forms;
    private readonly Dictionary<GlossaryTerm, Regex> _english = [];

    public GlossaryMatcher(Glossary glossary)
    {
        _forms = [.. glossary.Terms
            .SelectMany(t => t.ChineseForms.Select(f => (Form: f, Term: t)))
            .OrderByDescending(f => f.Form.Length)
            .ThenBy(f => f.Form, StringComparer.Ordinal)];
        foreach (var term in glossary.Terms)
            _english[term] = new Regex(string.Join("|", term.EnglishForms.Select(Pattern)), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The terms the Chinese text holds, each once, in the order they first occur.</summary>
    public IReadOnlyList<GlossaryTerm> TermsIn(string chinese)
    {
        var found = new List<GlossaryTerm>();
        var i = 0;
        while (i < chinese.Length)
        {
            var match = _forms.FirstOrDefault(f => string.CompareOrdinal(chinese, i, f.Form, 0, f.Form.Length) == 0);
            if (match.Term is null)
            {
                i++;
                continue;
            }
            if (!found.Contains(match.Term)) found.Add(match.Term);
            i += match.Form.Length;
        }
        return found;
    }

    public bool IsRendered(GlossaryTerm term, string english) => _english[term].IsMatch(EnglishText.Normalise(english));

    private static string Pattern(string form)
    {
        var words = EnglishText.Normalise(form).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var parts = words.Select((word, index) =>
        {
            if (word == "*") return @"[\p{L}\p{N}']+";
            if (word.EndsWith('*')) return Regex.Escape(word.TrimEnd('*')) + @"[\p{L}\p{N}']*";
            return Regex.Escape(word) + (index == words.Length - 1 ? "(?:s|es)?" : "");
        });
        var last = words.Length > 0 && words[^1].EndsWith('*') ? "" : @"(?![\p{L}\p{N}])";
        return @"(?<![\p{L}\p{N}])" + string.Join(" ", parts) + last;
    }
}
