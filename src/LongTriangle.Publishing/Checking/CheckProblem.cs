namespace LongTriangle.Publishing.Checking;

/// <summary>One finding of `longtriangle check` about content: the file, the line or key where known, what is wrong.</summary>
public sealed record CheckProblem(string File, int? Line, string Message)
{
    public override string ToString() => File + (Line is { } line ? $":{line}" : "") + ": " + Message;
}
