using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using LongTriangle.Publishing.Build;

namespace LongTriangle.Publishing.Downloads;

/// <summary>
/// One headless Chromium kept running for every page a build prints, driven over the DevTools protocol (a WebSocket
/// on 127.0.0.1): a Chromium started for each PDF (<c>--print-to-pdf</c>) spent about 1.9 s of its 2–4 s starting
/// (docs/scale.md, "A new machine, more things tried, and PDFs by one Chromium"). One tab: each page is loaded, its fonts awaited,
/// and printed as <c>--print-to-pdf --no-pdf-header-footer</c> printed it, byte for byte (Chromium's defaults: US
/// Letter, no header or footer, and backgrounds printed; the print stylesheet and its page margin boxes decide the
/// rest), one page after another. The process runs in a group of its own and ends with the session or the build.
/// </summary>
public sealed class ChromiumSession : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly ChildProcessGroup _group;
    private readonly ClientWebSocket _socket = new();
    private readonly Task<string> _errors;
    private string _session = "";
    private int _nextId;

    private ChromiumSession(ChildProcessGroup group, Task<string> errors)
    {
        _group = group;
        _errors = errors;
    }

    /// <summary>Starts Chromium with <paramref name="profile"/> as its profile folder and opens a tab.</summary>
    public static ChromiumSession Start(string chromium, string profile)
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank",
        })
            start.ArgumentList.Add(argument);
        ChildProcessGroup group;
        try
        {
            group = ChildProcessGroup.Start(start);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new IOException($"cannot start Chromium ({chromium}): {e.Message}");
        }
        try
        {
            // Chromium says where its DevTools endpoint listens on its error output; what it writes after that (its
            // chatter) is not ours to show, but is read so that it cannot fill the pipe and block.
            var process = group.Process;
            _ = process.StandardOutput.ReadToEndAsync();
            var endpoint = ReadEndpoint(process.StandardError, chromium);
            var session = new ChromiumSession(group, process.StandardError.ReadToEndAsync());
            try
            {
                session.Open(endpoint);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                throw new IOException($"Chromium ({chromium}) started but could not be driven ({e.Message}){session.LastError()}");
            }
            return session;
        }
        catch
        {
            group.End();
            group.Dispose();
            throw;
        }
    }

    /// <summary>Loads <paramref name="url"/> in the tab, waits for its load event and fonts, and returns it printed to PDF
    /// (an empty answer is an error).</summary>
    public byte[] Print(string url, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            var loaded = false;
            Call("Page.navigate", new JsonObject { ["url"] = url }, deadline.Token, onEvent: name => loaded |= name == "Page.loadEventFired");
            while (!loaded) loaded = Receive(deadline.Token).Method == "Page.loadEventFired";
            Call("Runtime.evaluate", new JsonObject { ["expression"] = "document.fonts.ready.then(() => true)", ["awaitPromise"] = true }, deadline.Token);
            var printed = Call("Page.printToPDF", new JsonObject { ["printBackground"] = true, ["transferMode"] = "ReturnAsBase64" }, deadline.Token);
            var pdf = Convert.FromBase64String(printed["data"]?.GetValue<string>() ?? "");
            return pdf.Length > 0 ? pdf : throw new IOException($"Chromium printed no PDF of {url}");
        }
        catch (OperationCanceledException)
        {
            throw new IOException($"Chromium did not print {url} within {timeout.TotalMinutes:0} minutes");
        }
        catch (WebSocketException e)
        {
            throw new IOException($"Chromium could not print {url} ({e.Message}){LastError()}");
        }
    }

    private static Uri ReadEndpoint(StreamReader errors, string chromium)
    {
        const string Listening = "DevTools listening on ";
        var reading = Task.Run(() =>
        {
            var seen = new List<string>();
            while (errors.ReadLine() is { } line)
            {
                if (line.StartsWith(Listening, StringComparison.Ordinal)) return (Uri?)new Uri(line[Listening.Length..].Trim());
                seen.Add(line);
            }
            throw new IOException($"Chromium ({chromium}) ended before it could print: {seen.LastOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "no message"}");
        });
        // WaitAny, not Wait: a failure is rethrown as itself below, not wrapped in an AggregateException.
        if (Task.WaitAny([reading], StartTimeout) < 0) throw new IOException($"Chromium ({chromium}) did not start within {StartTimeout.TotalSeconds:0} s");
        return reading.GetAwaiter().GetResult()!;
    }

    private void Open(Uri endpoint)
    {
        using var deadline = new CancellationTokenSource(StartTimeout);
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
        _socket.ConnectAsync(endpoint, deadline.Token).GetAwaiter().GetResult();
        var target = Call("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, deadline.Token, browser: true)["targetId"]!.GetValue<string>();
        _session = Call("Target.attachToTarget", new JsonObject { ["targetId"] = target, ["flatten"] = true }, deadline.Token, browser: true)["sessionId"]!.GetValue<string>();
        Call("Page.enable", [], deadline.Token);
    }

    /// <summary>Sends one command to the tab (or the browser) and returns its result; events that arrive meanwhile go to
    /// <paramref name="onEvent"/>. A command Chromium refuses is an <see cref="IOException"/> with its message.</summary>
    private JsonObject Call(string method, JsonObject parameters, CancellationToken cancel, Action<string>? onEvent = null, bool browser = false)
    {
        var id = ++_nextId;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        if (!browser) message["sessionId"] = _session;
        _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, cancel).GetAwaiter().GetResult();
        while (true)
        {
            var (answer, name, json) = Receive(cancel);
            if (answer != id)
            {
                if (name is not null) onEvent?.Invoke(name);
                continue;
            }
            if (json["error"] is JsonObject error)
                throw new IOException($"Chromium refused {method}: {error["message"]?.GetValue<string>() ?? error.ToJsonString()}");
            return json["result"] as JsonObject ?? [];
        }
    }

    /// <summary>The next message: a command's answer (its id) or an event (its method).</summary>
    private (int? Id, string? Method, JsonObject Json) Receive(CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        while (true)
        {
            var received = _socket.ReceiveAsync(chunk, cancel).GetAwaiter().GetResult();
            if (received.MessageType == WebSocketMessageType.Close)
                throw new WebSocketException("Chromium closed the connection");
            buffer.Write(chunk, 0, received.Count);
            if (received.EndOfMessage) break;
        }
        var json = JsonNode.Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))?.AsObject() ?? [];
        return (json["id"]?.GetValue<int>(), json["method"]?.GetValue<string>(), json);
    }

    private string LastError()
    {
        if (!_group.Process.HasExited || !_errors.Wait(TimeSpan.FromSeconds(1))) return "";
        var last = _errors.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim();
        return last is { Length: > 0 } ? $": {last}" : "";
    }

    public void Dispose()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                try { Call("Browser.close", [], deadline.Token, browser: true); }
                catch (Exception e) when (e is IOException or WebSocketException or OperationCanceledException) { }
            }
            if (!_group.Process.WaitForExit(TimeSpan.FromSeconds(5))) _group.End();
        }
        finally
        {
            _socket.Dispose();
            _group.Dispose();
        }
    }
}
