using LongTriangle.Publishing.Content;

namespace LongTriangle.Publishing.Concordance;

/// <summary>A clause of a document, addressed as the concordance publishes it: <c>region/slug#eId</c>.</summary>
public sealed record ClauseReference(PolicyDocument Document, Clause Clause)
{
    public string Key => $"{Document.RegionId}/{Document.Slug}#{Clause.Id.Value}";
}
