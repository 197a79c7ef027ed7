using System.Collections.Immutable;
using System.Text;
using LongTriangle.Content.Yaml;
using LongTriangle.Publishing.Content;
using YamlDotNet.RepresentationModel;

namespace LongTriangle.Publishing.Reading;

/// <summary>Reads <c>content/glossary.yml</c> (docs/content-format.md), within the limits of a hand-written file (<see cref="LongTriangle.Inputs.YamlLimits.Settings"/>).</summary>
internal static class GlossaryReader
{
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal) { "zh", "zh_variants", "en", "abbreviation", "variants", "note", "source" };

    /// <summary>Every problem, the shared YAML rules' included, is a content problem naming the file.</summary>
    public static Glossary Read(string text, string file) => ContentFiles.AsContentProblem(() => ReadYaml(text, file));

    private static Glossary ReadYaml(string text, string file)
    {
        var root = YamlFile.ParseMapping(text, file, LongTriangle.Inputs.YamlLimits.Settings);
        if (root is null) return Glossary.Empty(file);
        var map = new YamlMap(root, file);
        foreach (var entry in map.Entries)
            if (entry.Key != "terms")
                throw new ContentException(file, map.LineOf(entry.Value), "unknown key; the glossary has one key, terms", entry.Key);
        var list = map.Find("terms");
        if (list is null or YamlScalarNode { Value: null or "" or "~" }) return Glossary.Empty(file);
        if (list is not YamlSequenceNode sequence)
            throw new ContentException(file, map.LineOf(list), "expected a list of terms", "terms");

        var terms = new List<GlossaryTerm>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode node)
                throw new ContentException(file, map.LineOf(item), "expected a term (zh, en, note …)", "terms");
            var term = new YamlMap(node, file);
            foreach (var entry in term.Entries)
                if (!Keys.Contains(entry.Key))
                    throw new ContentException(file, term.LineOf(entry.Value), "unknown key; a term has zh, zh_variants, en, abbreviation, variants, note, source", entry.Key);
            var zh = NonBlank(term, "zh");
            var en = NonBlank(term, "en");
            var zhVariants = term.Strings("zh_variants");
            foreach (var form in zhVariants.Prepend(zh))
            {
                if (owners.TryGetValue(form, out var owner))
                    throw new ContentException(file, term.Line, $"'{form}' is already a form of the term {owner}", "zh");
                owners[form] = zh;
            }
            var id = Slug(en);
            for (var n = 2; !ids.Add(id); n++) id = Slug(en) + "-" + n;
            terms.Add(new GlossaryTerm(
                id, zh, [.. zhVariants], en, term.Optional("abbreviation"), [.. term.Strings("variants")],
                NonBlank(term, "note"), term.Optional("source"), term.Line));
        }
        return new Glossary(file, [.. terms]);
    }

    private static string NonBlank(YamlMap term, string key)
    {
        var value = term.Required(key);
        return value.Trim().Length > 0 ? value : throw new ContentException(term.File, term.Line, "a value is required", key);
    }

    /// <summary>Lower-case ASCII words of the English joined by hyphens: a readable, stable anchor.</summary>
    private static string Slug(string english)
    {
        var slug = new StringBuilder();
        foreach (var c in english.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (slug.Length > 0 && slug[^1] != '-' && (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c))) slug.Append('-');
        }
        var text = slug.ToString().Trim('-');
        return text.Length > 0 ? text : "term";
    }
}
