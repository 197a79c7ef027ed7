namespace LongTriangle.Publishing.Build;

/// <summary>Runs one stage of a build and reports it (the command line prints one line per stage with its time).</summary>
public interface IBuildStages
{
    T Run<T>(string stage, Func<T> work, Func<T, string> summary);
}

/// <summary>Runs stages without reporting them (tests, and checks that print only their findings).</summary>
public sealed class QuietStages : IBuildStages
{
    public T Run<T>(string stage, Func<T> work, Func<T, string> summary) => work();
}
