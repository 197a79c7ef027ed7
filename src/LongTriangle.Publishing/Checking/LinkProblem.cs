namespace LongTriangle.Publishing.Checking;

/// <summary>One broken link, repeated id or missing anchor: the page file, the line, what is wrong.</summary>
public sealed record LinkProblem(string Page, int Line, string Message)
{
    public override string ToString() => $"{Page}:{Line}: {Message}";
}

/// <summary>What the link check looked at and what it found, problems in page and line order.</summary>
public sealed record LinkReport(int Pages, int Links, int Ids, IReadOnlyList<LinkProblem> Problems)
{
    public bool Passed => Problems.Count == 0;
}
