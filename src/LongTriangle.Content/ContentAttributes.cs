namespace LongTriangle.Content;

/// <summary>
/// The keys a block's attribute block may hold besides its <c>#eId</c> and role class
/// (<c>{#part_1__sec_1 numbering=subsection}</c>); the reader refuses any other key.
/// </summary>
public static class ContentAttributes
{
    /// <summary>The block's <see cref="NumberingKind"/> by its <see cref="NumberingKinds.Name"/>; only on numbered blocks.</summary>
    public const string Numbering = "numbering";
}
