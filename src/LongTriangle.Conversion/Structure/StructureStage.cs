using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Structure;

/// <summary>
/// Recognises the document's structure in the cleaned text: notice header, title line, preface, fragment,
/// numbered headings and clauses, paragraphs, closing signature; repairs lost headings; assigns every block its eId.
/// </summary>
public static class StructureStage
{
    public static DocumentStructure Apply(WorkingText text)
    {
        var lines = text.Lines
            .Select(l => l with { Text = l.Text.Trim().Trim('\u3000', '\u00a0', '\ufeff') })
            .Where(l => l.Text.Length > 0)
            .ToList();

        var notice = NoticeHeaderReader.Read(lines);
        var start = notice?.Lines.Length ?? 0;
        var titleIndex = TitleLineFinder.Find(lines, start, afterNotice: notice is not null);
        var title = titleIndex is { } t ? lines[t] : null;
        // A document number printed right under (or over) the title is metadata, like the title.
        var numberIndex = titleIndex is { } at
            ? new[] { at + 1, at - 1 }.FirstOrDefault(n => n >= start && n < lines.Count && NoticeHeaderReader.IsDocumentNumber(lines[n].Text), -1)
            : -1;
        var numberLine = numberIndex >= 0 ? lines[numberIndex] : null;
        var body = lines.Skip(start).Where((_, i) => start + i != titleIndex && start + i != numberIndex).ToList();
        var closing = ClosingSignature.Find(body);
        if (closing is not null) body.RemoveRange(body.Count - closing.Lines.Length, closing.Lines.Length);

        var firstNumbered = OutlineBuilder.FirstNumbered(body, 0);
        var fragmentStart = LeadingFragment.Find(text, body, 0, firstNumbered);
        var outline = OutlineBuilder.Build(body, fragmentStart);
        var blocks = ClauseIdAssigner.Assign(notice?.Lines ?? [], outline.Root, closing?.Lines ?? []);
        return new DocumentStructure(blocks, notice, title, outline.Repairs, outline.MissingParts, closing, numberLine?.Text);
    }
}
