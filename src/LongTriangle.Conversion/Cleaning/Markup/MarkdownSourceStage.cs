using System.Collections.Immutable;
using System.Text.RegularExpressions;
using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Cleaning.Markup;

/// <summary>
/// Reads a copy saved as Markdown (a scraper's or a note-taker's) by its structure instead of as text: the
/// front matter's keys are evidence (title, issuer, document number, dates) and leave the text; <c>#</c>
/// headings and paragraphs set in bold (<c>**一、总体要求**</c>) become the plain lines the structure stage
/// reads for their numbering; list markers, link syntax, escapes and rules go; a block quote that is the
/// copier's disclaimer (转载, 仅供参考, 侵权) is chrome, another keeps its text; a table's rows become one
/// labelled line each, cells separated by ｜. A seed is read this way only when it shows Markdown's marks
/// (front matter, or several headings, bold headings or table rows), so a plain copy is never touched.
/// </summary>
public sealed partial class MarkdownSourceStage : ICleaningStage
{
    /// <summary>A front matter block longer than this is not one (a rule and a later rule in the text).</summary>
    private const int LongestFrontMatter = 40;

    /// <summary>How many of Markdown's marks make a seed a Markdown copy.</summary>
    private const int MarksOfMarkdown = 2;

    /// <summary>Front matter keys (English or Chinese) and the page-field label each stands for.</summary>
    private static readonly ImmutableDictionary<string, string> FieldKeys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["发文字号"] = "发文字号", ["文号"] = "发文字号", ["number"] = "发文字号", ["doc_number"] = "发文字号", ["document_number"] = "发文字号",
        ["发文机关"] = "发文机关", ["发布机关"] = "发文机关", ["发布机构"] = "发文机关", ["issuer"] = "发文机关", ["agency"] = "发文机关", ["department"] = "发文机关",
        ["成文日期"] = "成文日期", ["written"] = "成文日期",
        ["发布日期"] = "发布日期", ["published"] = "发布日期",
        // A scraper's date, source and url describe its copy of the web page, not the document: kept, never a date of issue.
        ["date"] = "发布时间", ["发布时间"] = "发布时间", ["source"] = "来源", ["来源"] = "来源", ["url"] = "网址", ["link"] = "网址",
    }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] TitleKeys = ["title", "标题", "name", "名称", "文件名称", "政策名称"];

    /// <summary>Words of a copier's disclaimer, in a block quote or anywhere in a short line.</summary>
    private static readonly string[] DisclaimerWords = ["转载", "仅供", "侵权", "版权", "原文链接", "来源于", "免责"];

    public WorkingText Apply(WorkingText text)
    {
        var lines = text.Lines;
        var frontMatterEnd = FrontMatterEnd(lines);
        if (frontMatterEnd is null && lines.Count(l => IsMarkdownMark(l.Text)) < MarksOfMarkdown) return text;

        var removed = new List<SourceLine>();
        var repairs = new List<Repair>();
        var fields = new List<PageField>();
        string? title = null;
        var start = 0;
        if (frontMatterEnd is { } end)
        {
            for (var i = 0; i <= end; i++)
            {
                removed.Add(lines[i]);
                if (FrontMatterKey().Match(lines[i].Text) is not { Success: true } m) continue;
                var key = m.Groups["key"].Value;
                var value = m.Groups["value"].Value.Trim().Trim('"', '\'').Trim();
                if (value.Length == 0) continue;
                if (TitleKeys.Contains(key, StringComparer.OrdinalIgnoreCase)) title ??= value;
                else if (FieldKeys.TryGetValue(key, out var label)) fields.Add(new PageField(label, value, lines[i].Number));
            }
            repairs.Add(new Repair(RepairKind.ChromeRemoved, lines[0].Number, "---", "", "front matter of a Markdown copy, read as metadata"));
            start = end + 1;
        }

        var kept = new List<SourceLine>();
        var table = new List<SourceLine>();
        void FlushTable()
        {
            if (table.Count == 0) return;
            var block = TableBlock(table);
            repairs.Add(new Repair(RepairKind.MarkupRemoved, table[0].Number, string.Join(" ", table.Select(r => r.Text.Trim())), block, "a Markdown table, one labelled line"));
            kept.Add(table[0] with { Text = block });
            table.Clear();
        }
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i];
            var t = line.Text.Trim();
            if (TableSeparator().IsMatch(t)) continue;
            if (TableRow().IsMatch(t))
            {
                table.Add(line);
                continue;
            }
            FlushTable();
            // An HTML comment (a converter's <!-- INFO END -->) is invisible in the copy as read.
            if (Rule().IsMatch(t) || Image().IsMatch(t) || Comment().IsMatch(t))
            {
                removed.Add(line);
                continue;
            }
            if (t.StartsWith('>'))
            {
                var quoted = QuoteMarker().Replace(t, "");
                if (DisclaimerWords.Any(w => quoted.Contains(w, StringComparison.Ordinal)))
                {
                    removed.Add(line);
                    repairs.Add(new Repair(RepairKind.ChromeRemoved, line.Number, line.Text, "", "a copier's disclaimer in a block quote"));
                    continue;
                }
                t = quoted;
            }
            var plain = Plain(t);
            if (plain != line.Text) repairs.Add(new Repair(RepairKind.MarkupRemoved, line.Number, line.Text, plain, "Markdown syntax of the copy"));
            // Blank lines stay: in Markdown they end paragraphs, which the layout stages respect.
            kept.Add(line with { Text = plain });
        }
        FlushTable();

        return text.WithLines(kept).AddRepairs(repairs).AddRemoved(removed) with
        {
            Facts = text.Facts with
            {
                TitleFromChrome = text.Facts.TitleFromChrome ?? title,
                PageFields = text.Facts.PageFields.AddRange(fields),
                BlankLinesEndParagraphs = true,
            },
        };
    }

    /// <summary>A line's text without Markdown's marks.</summary>
    private static string Plain(string line)
    {
        var heading = Heading().IsMatch(line);
        var t = Heading().Replace(line, "");
        t = ClosingHashes().Replace(t, "");
        // The copy's own anchors: a table of contents linking into the page (<a href="#一总体要求">) and the
        // targets it links to (<a id="一总体要求"></a>). Only links within the page are read; any other tag stays text.
        t = PageAnchor().Replace(t, "");
        t = PageLink().Replace(t, "${text}").TrimStart();
        // A heading's number set off from its words by an ideographic space (一、　总体要求) is layout: the
        // genre writes 一、总体要求. Chapter titles keep their spacing (第一章  总  则), as their numbering stands apart.
        if (heading && SpacedNumber().Match(t) is { Success: true } spaced)
            t = spaced.Groups["number"].Value + t[spaced.Length..];
        t = ListMarker().Replace(t, "");
        t = Link().Replace(t, "${text}");
        t = Strong().Replace(t, "${text}");
        t = Escape().Replace(t, "${c}");
        return t.Trim();
    }

    /// <summary>
    /// A table as one line: with a header row, every other row's cells labelled by their column's header
    /// (指标：…，2025年：12%), rows separated by ；; a lone row's cells separated by ｜.
    /// </summary>
    private static string TableBlock(List<SourceLine> rows)
    {
        var cells = rows.Select(r => r.Text.Trim().Trim('|').Split('|').Select(c => Plain(c.Trim())).ToArray()).ToList();
        if (cells.Count == 1) return string.Join("｜", cells[0]);
        var header = cells[0];
        return string.Join("；", cells.Skip(1).Select(row =>
            string.Join("，", row.Select((cell, k) => k < header.Length && header[k].Length > 0 ? header[k] + "：" + cell : cell))));
    }

    private static bool IsMarkdownMark(string line)
    {
        var t = line.Trim();
        return Heading().IsMatch(t) || WholeLineStrong().IsMatch(t) || TableSeparator().IsMatch(t) || Comment().IsMatch(t);
    }

    /// <summary>The index of the closing <c>---</c> of front matter opening the seed, or null.</summary>
    private static int? FrontMatterEnd(ImmutableArray<SourceLine> lines)
    {
        var first = 0;
        while (first < lines.Length && lines[first].Text.Trim().Length == 0) first++;
        if (first >= lines.Length || lines[first].Text.Trim() != "---") return null;
        for (var i = first + 1; i < lines.Length && i <= first + LongestFrontMatter; i++)
        {
            var t = lines[i].Text.Trim();
            if (t == "---" || t == "...") return i > first + 1 ? i : null;
            if (t.Length > 0 && !FrontMatterKey().IsMatch(t) && !t.StartsWith('-') && !t.StartsWith(' ') && !lines[i].Text.StartsWith(' ')) return null;
        }
        return null;
    }

    [GeneratedRegex(@"^(?<key>[\p{L}_][\p{L}\p{N}_\- ]{0,30}?)\s*[:：]\s*(?<value>.*)$")]
    private static partial Regex FrontMatterKey();

    [GeneratedRegex(@"^#{1,6}[ \t\u3000]+")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?<number>[一二三四五六七八九十百零〇]+、|[（(][一二三四五六七八九十百零〇\d]+[）)]|\d{1,3}[.．、](?!\d))[ \t\u3000]+(?=\S)")]
    private static partial Regex SpacedNumber();

    [GeneratedRegex(@"<a\s+href\s*=\s*(""#[^""<>]*""|'#[^'<>]*')\s*>(?<text>[^<>]*)</a\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageLink();

    [GeneratedRegex(@"<a\s+(id|name)\s*=\s*(""[^""<>]*""|'[^'<>]*')\s*>\s*</a\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageAnchor();

    [GeneratedRegex(@"[ \t]+#+[ \t]*$")]
    private static partial Regex ClosingHashes();

    // Bullets only: an ordered list's number (1. 2.) is the document's own numbering and stays.
    [GeneratedRegex(@"^[-*+•][ \t]+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\s*([-*_][ \t]*){3,}$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?$")]
    private static partial Regex TableSeparator();

    [GeneratedRegex(@"^<!--.*-->$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"^\|.*\|$")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"^!\[[^\]]*\]\([^)]*\)$")]
    private static partial Regex Image();

    [GeneratedRegex(@"^(>\s?)+")]
    private static partial Regex QuoteMarker();

    [GeneratedRegex(@"(?<!!)\[(?<text>[^\]\n]+)\]\((?:[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__)(?<text>[^*_\n]+?)\1")]
    private static partial Regex Strong();

    [GeneratedRegex(@"^\*\*[^*]+\*\*[。：:]?$")]
    private static partial Regex WholeLineStrong();

    [GeneratedRegex(@"\\(?<c>[\\`*_{}\[\]()#+\-.!|>~])")]
    private static partial Regex Escape();
}
