using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using LongTriangle.Theme.Models;

namespace LongTriangle.Theme.Components;

/// <summary>
/// The HTML of a provenance tree. The elements are fixed here; every text and attribute value of the tree goes
/// through the encoder, as Razor writes them, so the record's text (scraped from the web) stays text.
/// </summary>
internal sealed class ProvenanceTreeMarkup
{
    /// <summary>
    /// The length at which a piece of the markup is cut (after a whole row or element), well under the 42,500
    /// characters from which a string goes to the large object heap: a scraped page's record is a megabyte of
    /// HTML, and large objects are collected only with the whole heap, so one per page brings full collections.
    /// </summary>
    private const int PieceLength = 16 * 1024;

    private readonly StringBuilder _html = new(PieceLength + 1024);
    private readonly List<string> _pieces = [];
    private readonly HtmlEncoder _encoder;

    private ProvenanceTreeMarkup(HtmlEncoder encoder) => _encoder = encoder;

    /// <summary>The markup in pieces, to be written one after the other.</summary>
    public static IReadOnlyList<string> Write(TreeNode node, HtmlEncoder encoder)
    {
        var markup = new ProvenanceTreeMarkup(encoder);
        markup.Node(node);
        markup.Cut();
        return markup._pieces;
    }

    private void CutWhenLong()
    {
        if (_html.Length >= PieceLength) Cut();
    }

    private void Cut()
    {
        if (_html.Length == 0) return;
        _pieces.Add(_html.ToString());
        _html.Clear();
    }

    private void Node(TreeNode node)
    {
        switch (node)
        {
            case TreeText text:
                _html.Append("<span>");
                Text(text.Text);
                _html.Append("</span>");
                break;
            case TreeMap map:
                _html.Append("<dl class=\"tree-map\">");
                foreach (var entry in map.Entries)
                {
                    _html.Append("<div class=\"tree-entry\"><dt>");
                    Text(entry.Key);
                    _html.Append("</dt><dd>");
                    Node(entry.Value);
                    _html.Append("</dd></div>");
                    CutWhenLong();
                }
                _html.Append("</dl>");
                break;
            case TreeList list:
                _html.Append("<ol class=\"tree-list\">");
                foreach (var item in list.Items)
                {
                    _html.Append("<li>");
                    Node(item);
                    _html.Append("</li>");
                }
                _html.Append("</ol>");
                break;
            case TreeTable table:
                Table(table);
                break;
            case TreeGroups groups:
                foreach (var group in groups.Groups)
                {
                    _html.Append("<details class=\"tree-group\"><summary>");
                    Text(group.Label);
                    _html.Append(" (").Append(group.Count.ToString(CultureInfo.InvariantCulture)).Append(")</summary>");
                    Table(group.Table);
                    _html.Append("</details>");
                }
                break;
        }
    }

    private void Table(TreeTable table)
    {
        _html.Append("<div class=\"table-scroll\"><table class=\"tree-table\"><thead><tr>");
        foreach (var column in table.Columns)
        {
            _html.Append("<th scope=\"col\">");
            Text(column);
            _html.Append("</th>");
        }
        // The body starts on a line of its own, as the Razor template that wrote these pages before did.
        _html.Append("</tr></thead>\n        <tbody>");
        // Indexed, not enumerated: an enumerator of a list seen as an interface is an object, one per row.
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            _html.Append("<tr>");
            for (var c = 0; c < row.Count; c++)
            {
                var cell = row[c];
                if (cell.RowSpan == 1) _html.Append("<td>");
                else _html.Append("<td rowspan=\"").Append(cell.RowSpan.ToString(CultureInfo.InvariantCulture)).Append("\">");
                if (cell.Href is null)
                {
                    Text(cell.Text);
                }
                else
                {
                    _html.Append("<a href=\"");
                    Text(cell.Href);
                    _html.Append("\">");
                    Text(cell.Text);
                    _html.Append("</a>");
                }
                _html.Append("</td>");
            }
            _html.Append("</tr>");
            CutWhenLong();
        }
        _html.Append("</tbody></table></div>");
    }

    /// <summary>Text and attribute values alike: the encoder escapes quotes too.</summary>
    private void Text(string text) => _html.Append(_encoder.Encode(text));
}
