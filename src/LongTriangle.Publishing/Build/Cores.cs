using System.Runtime.ExceptionServices;

namespace LongTriangle.Publishing.Build;

/// <summary>
/// Independent work spread over every core, with results and failures in input order: the same input
/// gives the same output and, when several inputs are wrong, the same error (the first in order), whatever
/// the scheduling.
/// </summary>
public static class Cores
{
    public static ParallelOptions Workers => new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    public static TResult[] Map<T, TResult>(IReadOnlyList<T> items, Func<T, TResult> work)
    {
        var results = new TResult[items.Count];
        var failures = new Exception?[items.Count];
        Parallel.For(0, items.Count, Workers, i =>
        {
            try
            {
                results[i] = work(items[i]);
            }
            catch (Exception e)
            {
                failures[i] = e;
            }
        });
        if (failures.FirstOrDefault(f => f is not null) is { } first) ExceptionDispatchInfo.Capture(first).Throw();
        return results;
    }

    /// <summary>Runs parallel work and rethrows the first failure as itself (a content error stays one clear line, not an AggregateException).</summary>
    public static void Run(Action work)
    {
        try
        {
            work();
        }
        catch (AggregateException e)
        {
            ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
        }
    }
}
