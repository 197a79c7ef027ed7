using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace LongTriangle.Inputs;

/// <summary>
/// The one way every YAML input is parsed (sidecars, content/en translations, site.yml, aliases.yml, front
/// matter, provenance, glossary files). YAML's anchors and aliases let a few hundred bytes stand for an
/// exponential tree ("billion laughs"; as complex keys they cost minutes to hash), and merge keys and
/// complex keys are more of the same: our files need none of them, so they are refused, with the size and
/// the nesting depth bounded, each with one line naming the file and line. A key or value holding an
/// invisible character that changes how text displays (<see cref="InvisibleCharacters"/>) is refused too.
/// </summary>
public static class BoundedYaml
{
    /// <summary>
    /// Loads <paramref name="text"/> into a node tree. Syntax errors stay YamlDotNet's
    /// <see cref="YamlException"/> (each reader words them); what the limits refuse is an <see cref="InputException"/>.
    /// </summary>
    /// <param name="lineOffset">Lines before the YAML in its file (front matter starts after a --- line).</param>
    public static YamlStream Load(string text, string file, YamlLimits limits, int lineOffset = 0)
    {
        CheckSize(text, file, limits);
        return Parse(new Parser(new StringReader(text)), file, limits, lineOffset, parser =>
        {
            var stream = new YamlStream();
            stream.Load(parser);
            return stream;
        });
    }

    /// <summary>
    /// Runs <paramref name="read"/> over the parser's events of <paramref name="text"/>, within the same limits
    /// and with the same errors as <see cref="Load"/>: for a reader that builds its own model straight from the
    /// events, where YamlDotNet's node tree of a large file would cost more than the parse itself. Text in the
    /// writer's block shape is parsed by <see cref="WrittenYamlParser"/>; any other text, and any text that
    /// <paramref name="read"/> or the limits find a problem in, again by YamlDotNet's parser, which has the last
    /// word: a problem is always the one YamlDotNet's parser meets first.
    /// </summary>
    public static T Read<T>(string text, string file, YamlLimits limits, Func<IParser, T> read, int lineOffset = 0)
    {
        CheckSize(text, file, limits);
        try
        {
            return read(new GuardedParser(new WrittenYamlParser(text), file, limits, lineOffset));
        }
        catch (Exception e) when (e is WrittenYamlParser.OutsideShape or InputException or YamlException or InvalidOperationException)
        {
            // Read again below.
        }
        return Parse(new Parser(new StringReader(text)), file, limits, lineOffset, read);
    }

    private static void CheckSize(string text, string file, YamlLimits limits)
    {
        var bytes = System.Text.Encoding.UTF8.GetByteCount(text);
        if (bytes > limits.MaximumBytes)
            throw new InputException(file, null, $"the YAML is larger than the {InputFiles.Size(limits.MaximumBytes)} this file may be ({bytes} bytes)");
    }

    private static T Parse<T>(IParser events, string file, YamlLimits limits, int lineOffset, Func<IParser, T> read)
    {
        var parser = new GuardedParser(events, file, limits, lineOffset);
        try
        {
            return read(parser);
        }
        catch (InvalidOperationException)
        {
            // Some malformed documents stop YamlDotNet's loader without a YamlException: the parser's position still says where.
            var at = parser.Current?.Start ?? Mark.Empty;
            throw new YamlException(at, parser.Current?.End ?? at, "the structure is broken here (an unclosed bracket or quote?)");
        }
    }

    /// <summary>Passes the parser's events through, refusing anchors, aliases, merge keys, complex keys and deep nesting as they come.</summary>
    private sealed class GuardedParser(IParser inner, string file, YamlLimits limits, int lineOffset) : IParser
    {
        // Per level of nesting: whether it is a mapping, and whether its next node is a key.
        private readonly Stack<(bool Mapping, bool AtKey)> _levels = new();

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext()) return false;
            var current = inner.Current!;
            var line = (int)current.Start.Line + lineOffset;
            switch (current)
            {
                case AnchorAlias:
                    throw Refused(line, "an alias (*name); write the value out, these files use no anchors or aliases");
                case NodeEvent { Anchor.IsEmpty: false } node:
                    throw Refused(line, $"an anchor (&{node.Anchor.Value}); write the value out, these files use no anchors or aliases");
                case Scalar scalar:
                    if (AtKey() && scalar is { Value: "<<", Style: ScalarStyle.Plain })
                        throw Refused(line, "a merge key (<<); write the keys out, these files use no merge keys");
                    // Checked on the value as YAML decodes it: an escape such as "\u202E" is caught, and an emoji the
                    // emitter wrote as \U0001F468 still counts as the emoji a joiner after it joins.
                    InvisibleCharacters.Refuse(scalar.Value, file, line);
                    Advance();
                    break;
                case MappingStart or SequenceStart:
                    if (AtKey())
                        throw Refused(line, "a key that is a mapping or a list; a key is a single value");
                    Advance();
                    if (_levels.Count >= limits.MaximumDepth)
                        throw Refused(line, $"more than {limits.MaximumDepth} levels of nesting");
                    _levels.Push((current is MappingStart, true));
                    break;
                case MappingEnd or SequenceEnd:
                    _levels.Pop();
                    break;
            }
            return true;
        }

        private bool AtKey() => _levels.TryPeek(out var level) && level is { Mapping: true, AtKey: true };

        /// <summary>A node of the enclosing mapping was read: a key is followed by its value and the other way round.</summary>
        private void Advance()
        {
            if (_levels.TryPop(out var level))
                _levels.Push(level.Mapping ? (true, !level.AtKey) : level);
        }

        private InputException Refused(int line, string what) => new(file, line, $"the YAML holds {what}");
    }
}
