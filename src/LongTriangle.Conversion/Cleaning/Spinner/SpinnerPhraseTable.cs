using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;
using System.Text;

namespace LongTriangle.Conversion.Cleaning.Spinner;

/// <summary>
/// The spinner's substitutions reversed (Data/spinner-phrases.txt), applied leftmost-longest in one pass
/// so that chains of substitutions (治理→管理→办理) are undone without cycling.
/// </summary>
public sealed class SpinnerPhraseTable
{
    private static readonly Lazy<SpinnerPhraseTable> EmbeddedTable = new(() => Parse(ReadResource("spinner-phrases.txt"), "spinner-phrases.txt"));

    /// <summary>Phrases by first character, longest first (ties in ordinal order), for leftmost-longest matching.</summary>
    private readonly FrozenDictionary<char, ImmutableArray<SpinnerPhrase>> byFirstChar;

    private SpinnerPhraseTable(ImmutableArray<SpinnerPhrase> phrases)
    {
        Phrases = phrases;
        byFirstChar = phrases
            .GroupBy(p => p.Spun[0])
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderByDescending(p => p.Spun.Length).ThenBy(p => p.Spun, StringComparer.Ordinal).ToImmutableArray());
    }

    /// <summary>The table shipped with the converter.</summary>
    public static SpinnerPhraseTable Embedded => EmbeddedTable.Value;

    public ImmutableArray<SpinnerPhrase> Phrases { get; }

    /// <summary>Reads the table format (see the data file's header); a malformed line is an error naming its line.</summary>
    public static SpinnerPhraseTable Parse(string text, string sourceName)
    {
        var phrases = new List<SpinnerPhrase>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r').Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2)
            {
                throw new InvalidDataException($"{sourceName}:{lineNumber}: expected 'SPUN ORIGINAL [sig] [!EXCEPTION …]'");
            }

            var spun = fields[0];
            var exceptions = new List<string>();
            var signature = false;
            foreach (var option in fields.Skip(2))
            {
                if (option == "sig")
                {
                    signature = true;
                }
                else if (option.Length > 1 && option[0] == '!' && option.AsSpan(1).Contains(spun, StringComparison.Ordinal))
                {
                    exceptions.Add(option[1..]);
                }
                else
                {
                    throw new InvalidDataException($"{sourceName}:{lineNumber}: '{option}' is neither 'sig' nor '!' and a word containing '{spun}'");
                }
            }

            if (!seen.Add(spun))
            {
                throw new InvalidDataException($"{sourceName}:{lineNumber}: '{spun}' is listed twice");
            }

            phrases.Add(new SpinnerPhrase(spun, fields[1], signature, [.. exceptions]));
        }

        return new SpinnerPhraseTable([.. phrases]);
    }

    /// <summary>The phrase that applies at <paramref name="position"/>: the longest one not excluded there.</summary>
    public SpinnerPhrase? MatchAt(string text, int position)
    {
        if (!byFirstChar.TryGetValue(text[position], out var candidates))
        {
            return null;
        }

        foreach (var phrase in candidates)
        {
            if (phrase.MatchesAt(text, position))
            {
                return phrase;
            }
        }

        return null;
    }

    /// <summary>Rewrites <paramref name="text"/> with every applicable phrase reversed; <paramref name="applied"/> receives them in order.</summary>
    public string Restore(string text, List<SpinnerPhrase> applied)
    {
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var phrase = MatchAt(text, i);
            if (phrase is null)
            {
                result.Append(text[i]);
                i++;
                continue;
            }

            result.Append(phrase.Original);
            applied.Add(phrase);
            i += phrase.Spun.Length;
        }

        return result.ToString();
    }

    private static string ReadResource(string file)
    {
        var name = "LongTriangle.Conversion.Data." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
