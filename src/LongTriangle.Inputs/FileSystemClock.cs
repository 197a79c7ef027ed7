using System.Runtime.InteropServices;

namespace LongTriangle.Inputs;

/// <summary>
/// The clock a local file system stamps files with: Linux sets a file's times from the coarse real-time clock
/// (CLOCK_REALTIME_COARSE, a tick of 1–10 ms; finer clocks only round up from it), so a change made after this
/// clock reads t gets times no earlier than t (in the file system's granularity). Read it before taking a
/// <see cref="FileStamp"/> to record, and judge the stamp by <see cref="FileStamp.IsSettledAt"/>.
/// </summary>
public static class FileSystemClock
{
    private const int RealTimeCoarse = 5;

    /// <summary>The coarsest granularity below a second a file system keeps (exFAT's 10 ms), in nanoseconds.</summary>
    public const long FinestSubsecondGranularity = 10_000_000L;

    /// <summary>Nanoseconds since the epoch by that clock; long.MinValue where it cannot be read (then no stamp is ever settled).</summary>
    public static long Now()
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess) return long.MinValue;
        try
        {
            return ClockGetTime(RealTimeCoarse, out var time) == 0 ? time.Seconds * 1_000_000_000L + time.Nanoseconds : long.MinValue;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return long.MinValue;
        }
    }

    /// <summary>
    /// Waits (about 10 ms) until the clock has moved past what it reads now by the coarsest sub-second granularity, and returns the new reading: every
    /// file changed before the call then has times older than the result, so stamps taken after it are settled
    /// (on a file system that keeps nanoseconds).
    /// </summary>
    public static long NextTick()
    {
        var now = Now();
        if (now == long.MinValue) return now;
        var next = now;
        // Past the coarsest sub-second granularity too, so that a file kept at 10 ms is settled as well.
        for (var i = 0; i < 1000 && next <= now + FinestSubsecondGranularity; i++)
        {
            Thread.Sleep(1);
            next = Now();
        }
        return next;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
