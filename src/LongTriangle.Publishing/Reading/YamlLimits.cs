using LongTriangle.Publishing.Content;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LongTriangle.Publishing.Reading;

/// <summary>
/// The bounds of YAML written by people (the glossary, translations): no anchors, aliases or merge keys
/// (an alias can make a small file expand into an enormous tree, and none of our formats needs one), at
/// most <see cref="MaxCharacters"/> characters and <see cref="MaxDepth"/> levels of nesting. Checked on
/// the parser's event stream before any tree is built, so a hostile file costs nothing to refuse.
/// </summary>
internal static class YamlLimits
{
    public const int MaxCharacters = 4 * 1024 * 1024;

    public const int MaxDepth = 16;

    public static void Enforce(string text, string file)
    {
        if (text.Length > MaxCharacters)
            throw new ContentException(file, null, $"the file is larger than {MaxCharacters / (1024 * 1024)} MB of text; split it");
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current;
                var line = current is null ? (int?)null : (int)current.Start.Line;
                switch (current)
                {
                    case AnchorAlias alias:
                        throw new ContentException(file, line, $"YAML aliases (*{alias.Value}) are not allowed; write the value out");
                    case NodeEvent { Anchor.IsEmpty: false } node:
                        throw new ContentException(file, line, $"YAML anchors (&{node.Anchor}) are not allowed; write the value out");
                    case Scalar { Value: "<<", Style: ScalarStyle.Plain }:
                        throw new ContentException(file, line, "YAML merge keys (<<) are not allowed; write the keys out");
                    case MappingStart or SequenceStart:
                        if (++depth > MaxDepth)
                            throw new ContentException(file, line, $"nested more than {MaxDepth} levels deep");
                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (YamlException e)
        {
            throw new ContentException(file, (int)e.Start.Line, "not valid YAML: " + e.Message);
        }
    }
}
