using System.Diagnostics;

namespace LongTriangle.Cli.Terminal;

/// <summary>
/// Prints one line per stage with its counts and time, and a progress indicator on stderr while a
/// stage takes more than a second (only when stderr is a terminal, so logs stay clean).
/// </summary>
public sealed class StageReporter(TextWriter output, TextWriter errors)
{
    private readonly StageMemory? _memory = StageMemory.FromEnvironment();

    public T Run<T>(string stage, Func<T> work, Func<T, string> summary)
    {
        _memory?.Start();
        var clock = Stopwatch.StartNew();
        using var progress = Console.IsErrorRedirected ? null : new ProgressIndicator(errors, stage);
        var result = work();
        progress?.Dispose();
        output.WriteLine($"{stage,-9}{summary(result)}  {clock.Elapsed.TotalSeconds:0.00} s" + (_memory is null ? "" : "  " + _memory.Describe()));
        return result;
    }

    private sealed class ProgressIndicator : IDisposable
    {
        private readonly Timer _timer;
        private readonly TextWriter _errors;
        private int _ticks;
        private bool _shown;

        public ProgressIndicator(TextWriter errors, string stage)
        {
            _errors = errors;
            _timer = new Timer(_ =>
            {
                _shown = true;
                lock (_errors) _errors.Write($"\r{stage} {new string('.', 1 + Interlocked.Increment(ref _ticks) % 3),-3}");
            }, null, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(500));
        }

        public void Dispose()
        {
            _timer.Dispose();
            if (_shown)
                lock (_errors) _errors.Write("\r" + new string(' ', 30) + "\r");
        }
    }
}
