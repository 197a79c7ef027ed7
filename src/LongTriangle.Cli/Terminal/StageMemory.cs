namespace LongTriangle.Cli.Terminal;

/// <summary>
/// The CPU and memory a stage took, for the benchmarks (<c>LONGTRIANGLE_STAGE_MEMORY=1</c>): the process's CPU time
/// (not its children's: Pagefind's is in /usr/bin/time's total), its peak resident
/// memory during the stage (Linux keeps one high-water mark per process, reset here before each stage by writing 5
/// to /proc/self/clear_refs) and the managed heap left live after it. Off by default: the figures cost a full
/// garbage collection per stage.
/// </summary>
public sealed class StageMemory
{
    public const string Variable = "LONGTRIANGLE_STAGE_MEMORY";

    private TimeSpan _processorTimeAtStart;

    private StageMemory()
    {
    }

    /// <summary>Null unless the variable asks for it and the system keeps the high-water mark (Linux).</summary>
    public static StageMemory? FromEnvironment() =>
        Environment.GetEnvironmentVariable(Variable) == "1" && File.Exists("/proc/self/clear_refs") ? new StageMemory() : null;

    public void Start()
    {
        _processorTimeAtStart = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
            // Not resettable here: the peak is then the process's so far, still an upper bound.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public string Describe()
    {
        var peak = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) is { } line
            ? long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024
            : -1;
        var cpu = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - _processorTimeAtStart).TotalSeconds;
        var live = GC.GetTotalMemory(forceFullCollection: true) / (1024 * 1024);
        return $"[CPU {cpu:0.0} s, peak {peak} MB, live after {live} MB]";
    }
}
