using System.Diagnostics;
using System.Runtime.InteropServices;

namespace LongTriangle.Publishing.Build;

/// <summary>
/// A child process (Pagefind: a Node.js launcher and the native indexer it starts) run in a process group of
/// its own, so that the whole group can be ended at once: when the child's work is over or abandoned
/// (a timeout, an exception) and when the tool is stopped (Ctrl+C, SIGTERM, SIGQUIT). Without it a
/// stopped build left the indexer writing into its staging folder. On Linux the group comes from
/// <c>setsid</c> (util-linux), which makes the child a group leader without changing its process id.
/// </summary>
public sealed class ChildProcessGroup : IDisposable
{
    private const string SetSid = "/usr/bin/setsid";
    private const int Kill = 9;

    private readonly Process _process;
    private readonly bool _ownGroup;
    private readonly PosixSignalRegistration[] _signals;

    private ChildProcessGroup(Process process, bool ownGroup)
    {
        _process = process;
        _ownGroup = ownGroup;
        // Each handler ends the group and lets the signal go on to stop the tool as usual.
        _signals = OperatingSystem.IsWindows()
            ? []
            : [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT }.Select(s => PosixSignalRegistration.Create(s, _ => End()))];
    }

    public Process Process => _process;

    /// <summary>Starts <paramref name="start"/> in a process group of its own where the system allows it.</summary>
    public static ChildProcessGroup Start(ProcessStartInfo start)
    {
        var ownGroup = OperatingSystem.IsLinux() && File.Exists(SetSid);
        if (ownGroup)
        {
            var wrapped = new ProcessStartInfo(SetSid)
            {
                WorkingDirectory = start.WorkingDirectory,
                RedirectStandardOutput = start.RedirectStandardOutput,
                RedirectStandardError = start.RedirectStandardError,
                UseShellExecute = false,
                StandardOutputEncoding = start.StandardOutputEncoding,
                StandardErrorEncoding = start.StandardErrorEncoding,
            };
            wrapped.ArgumentList.Add(start.FileName);
            foreach (var argument in start.ArgumentList) wrapped.ArgumentList.Add(argument);
            start = wrapped;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} could not be started");
        return new ChildProcessGroup(process, ownGroup);
    }

    /// <summary>Ends every process of the group (the child and whatever it started); harmless when they have ended.</summary>
    public void End()
    {
        try
        {
            // Once the leader has been waited for, its id may be reused: the group is signalled only while it lives.
            if (_process.HasExited) return;
            if (_ownGroup) _ = KillProcessGroup(-_process.Id, Kill);
            else _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It ended meanwhile.
        }
    }

    public void Dispose()
    {
        foreach (var signal in _signals) signal.Dispose();
        End();
        _process.Dispose();
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int KillProcessGroup(int processGroup, int signal);
}
