namespace LongTriangle.Publishing.Serving;

/// <summary>
/// Counts published builds and lets open pages wait for the next one (serve mode's live reload). The
/// pages listen with a small script served only by the preview server, so built sites never carry it.
/// </summary>
public sealed class LiveReload
{
    public const string EventsPath = "/__livereload/events";
    public const string ScriptPath = "/__livereload/client.js";

    public const string Script = """
        // Served only by `longtriangle serve`: reloads the page when a rebuild was published.
        (function () {
          var events = new EventSource("/__livereload/events");
          events.addEventListener("reload", function () { location.reload(); });
        })();

        """;

    private readonly object _gate = new();
    private TaskCompletionSource<int> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _generation;

    public int Generation
    {
        get { lock (_gate) return _generation; }
    }

    /// <summary>A new build was published: every waiting page reloads.</summary>
    public void Published()
    {
        TaskCompletionSource<int> waiting;
        lock (_gate)
        {
            _generation++;
            waiting = _next;
            _next = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        waiting.SetResult(Generation);
    }

    /// <summary>Completes with the new generation once a build after <paramref name="seen"/> is published.</summary>
    public Task<int> NextAfter(int seen, CancellationToken cancel)
    {
        lock (_gate)
        {
            if (_generation > seen) return Task.FromResult(_generation);
            return _next.Task.WaitAsync(cancel);
        }
    }

    /// <summary>Adds the listening script to an HTML page, just before &lt;/head&gt;.</summary>
    public static string Inject(string html)
    {
        var tag = $"<script src=\"{ScriptPath}\" defer></script>\n";
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head < 0 ? html + tag : html.Insert(head, tag);
    }
}
