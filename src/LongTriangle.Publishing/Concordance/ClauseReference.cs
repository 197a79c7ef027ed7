using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Concordance;

/// <summary>A clause of a document, addressed as the concordance publishes it: <c>region/slug#eId</c>.</summary>
/// <remarks>The key is made once, with the reference: the concordance is sorted, grouped and looked up by it, tens of
/// thousands of links a few times each. Document and clause are set only here, so no copy can keep another's key.</remarks>
public sealed record ClauseReference
{
    public ClauseReference(PolicyDocument document, Clause clause)
    {
        Document = document;
        Clause = clause;
        Key = $"{document.RegionId}/{document.Slug}#{clause.Id.Value}";
    }

    public PolicyDocument Document { get; }

    public Clause Clause { get; }

    public string Key { get; }

    public void Deconstruct(out PolicyDocument document, out Clause clause) => (document, clause) = (Document, Clause);
}
