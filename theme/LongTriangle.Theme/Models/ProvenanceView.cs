namespace LongTriangle.Theme.Models;

/// <summary>The full provenance of a document: everything the converter removed or repaired.</summary>
public sealed record ProvenanceView(PageFrame Frame, string Heading, string Title, string TitleLang, string Explanation, Link Document, TreeNode Tree);

/// <summary>A generic tree of provenance data; the model decides which lists read best as tables.</summary>
public abstract record TreeNode;

public sealed record TreeText(string Text) : TreeNode;

public sealed record TreeList(IReadOnlyList<TreeNode> Items) : TreeNode;

public sealed record TreeMap(IReadOnlyList<TreeEntry> Entries) : TreeNode;

public sealed record TreeEntry(string Key, TreeNode Value);

public sealed record TreeTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<TreeCell>> Rows) : TreeNode;

/// <summary>A table cell; an eId of the document becomes a link to its clause.</summary>
/// <param name="RowSpan">How many rows the cell spans (the rows it spans below have no cell in its column).</param>
public sealed record TreeCell(string Text, string? Href = null, int RowSpan = 1);

/// <summary>A long list split by kind (e.g. repairs), each kind folded with its count.</summary>
public sealed record TreeGroups(IReadOnlyList<TreeGroup> Groups) : TreeNode;

public sealed record TreeGroup(string Label, int Count, TreeTable Table);
