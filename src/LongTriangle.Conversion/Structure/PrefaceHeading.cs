using System.Collections.Immutable;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Structure;

/// <summary>
/// A preface that carries its own heading (前言, 序言, 引言, often letter-spaced: 前 言) before the first
/// numbered heading: that line is the heading <c>preface</c>, and the preface's paragraphs under it keep
/// their <c>preface__para_N</c> ids, counted from 1 below the heading.
/// </summary>
public static class PrefaceHeading
{
    private static readonly string[] Names = ["前言", "序言", "引言", "导言", "序"];

    public static ImmutableArray<DocumentBlock> Mark(ImmutableArray<DocumentBlock> blocks)
    {
        // Only before the first heading: a 序 inside the text is not the document's preface.
        var firstHeading = blocks.IndexOf(blocks.FirstOrDefault(b => b is Heading)!);
        var end = firstHeading < 0 ? blocks.Length : firstHeading;
        var first = -1;
        for (var i = 0; i < end && first < 0; i++)
            if (blocks[i] is Paragraph { Role: ParagraphRole.Preface or ParagraphRole.Clause } p && IsPrefaceName(p.Text)) first = i;
        if (first < 0) return blocks;

        var result = blocks.ToBuilder();
        result[first] = new Heading(ClauseId.Root(ClauseSegments.Preface), blocks[first].Line, blocks[first].Text.Trim(), 2, Missing: false);
        var n = 0;
        for (var i = first + 1; i < end && result[i] is Paragraph { Role: ParagraphRole.Preface or ParagraphRole.Clause } p; i++)
            result[i] = p with { Id = ClauseId.Root(ClauseSegments.Preface).Child(ClauseSegments.Numbered(ClauseSegments.Paragraph, ++n)), Role = ParagraphRole.Preface };
        return result.ToImmutable();
    }

    private static bool IsPrefaceName(string text)
    {
        var t = new string(text.Where(c => !char.IsWhiteSpace(c) && c != '\u3000').ToArray());
        return Names.Contains(t);
    }
}
