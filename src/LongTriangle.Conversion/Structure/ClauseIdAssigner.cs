using System.Collections.Immutable;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Structure;

/// <summary>
/// Turns an outline into body blocks in reading order, each with its eId: containers by their numbering
/// (<c>part_2__sec_3__item_4</c>), paragraphs by position among their parent's paragraphs (<c>para_N</c>;
/// headings and items are not counted), paragraphs before the first heading as <c>preface__para_N</c> or
/// <c>fragment__para_N</c>. Notice paragraphs are <c>notice__para_N</c>, the closing signature's <c>closing__para_N</c>.
/// </summary>
internal static class ClauseIdAssigner
{
    /// <summary>Markdown has six heading levels; the document's top level is ##.</summary>
    private const int TopLevel = 2;
    private const int DeepestLevel = 6;

    public static ImmutableArray<DocumentBlock> Assign(IReadOnlyList<SourceLine> notice, OutlineNode root, IReadOnlyList<SourceLine> closing)
    {
        var blocks = new List<DocumentBlock>();
        var noticeId = ClauseId.Root(ClauseSegments.Notice);
        for (var i = 0; i < notice.Count; i++)
            blocks.Add(new Paragraph(noticeId.Child(ClauseSegments.Numbered(ClauseSegments.Paragraph, i + 1)), notice[i].Number, notice[i].Text, ParagraphRole.Notice));

        var hasContainers = root.Children.Any(c => !c.IsParagraph);
        int preface = 0, fragment = 0;
        foreach (var child in root.Children)
        {
            if (!child.IsParagraph)
            {
                AddContainer(blocks, child, parent: null);
                continue;
            }
            var (id, role) = child.Role switch
            {
                ParagraphRole.Fragment => (ClauseId.Root(ClauseSegments.Fragment).Child(ClauseSegments.Numbered(ClauseSegments.Paragraph, ++fragment)), ParagraphRole.Fragment),
                // A text without any numbering has no preface: its paragraphs are the body.
                _ when !hasContainers => (ClauseId.Root(ClauseSegments.Numbered(ClauseSegments.Paragraph, ++preface)), ParagraphRole.Clause),
                _ => (ClauseId.Root(ClauseSegments.Preface).Child(ClauseSegments.Numbered(ClauseSegments.Paragraph, ++preface)), ParagraphRole.Preface),
            };
            blocks.Add(new Paragraph(id, child.Line!.Number, child.Line.Text, role));
        }

        var closingId = ClauseId.Root(ClauseSegments.Closing);
        for (var i = 0; i < closing.Count; i++)
            blocks.Add(new Paragraph(closingId.Child(ClauseSegments.Numbered(ClauseSegments.Paragraph, i + 1)), closing[i].Number, closing[i].Text, ParagraphRole.Closing));

        var duplicate = blocks.GroupBy(b => b.Id.Value, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"eId {duplicate.Key} was assigned twice; the outline builder must disambiguate repeated numbers");
        return [.. blocks];
    }

    private static void AddContainer(List<DocumentBlock> blocks, OutlineNode node, ClauseId? parent)
    {
        var id = ClauseId.Under(parent, node.Segment!);
        var line = node.Line!;
        if (node.Missing)
            blocks.Add(new Heading(id, line.Number, node.Kind!.Value.Label(node.Number), Level(node), Missing: true) { Numbering = node.Kind });
        else if (node.IsHeading)
            blocks.Add(new Heading(id, line.Number, line.Text, Level(node), Missing: false) { RestoredFrom = node.RestoredFrom, Numbering = node.Kind });
        else
            blocks.Add(new Paragraph(id, line.Number, line.Text, ParagraphRole.Clause) { Numbering = node.Kind });

        var paragraphs = 0;
        foreach (var child in node.Children)
        {
            if (child.IsParagraph)
                blocks.Add(new Paragraph(id.Child(ClauseSegments.Numbered(ClauseSegments.Paragraph, ++paragraphs)), child.Line!.Number, child.Line.Text, ParagraphRole.Clause));
            else
                AddContainer(blocks, child, id);
        }
    }

    private static int Level(OutlineNode node) => Math.Min(TopLevel + node.Depth, DeepestLevel);
}
