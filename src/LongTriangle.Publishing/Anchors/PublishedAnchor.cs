namespace LongTriangle.Publishing.Anchors;

/// <summary>An eId as it was published: the hash of its text (see Data.TextHash) and the text itself, so a later change can be measured.</summary>
public sealed record PublishedAnchor(string Sha256, string Text);
