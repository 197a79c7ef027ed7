using LongTriangle.Cli.Terminal;
using LongTriangle.Publishing.Serving;
using LongTriangle.Publishing.Site;

namespace LongTriangle.Cli.Commands;

public sealed class ServeCommand : ICommand
{
    public string Name => "serve";

    public string Summary => "Build, serve on 127.0.0.1, rebuild and reload on changes";

    public string Help => $"""
        Usage: longtriangle serve [options]

        Converts the seeds and builds the site as `build` does, serves the output folder on 127.0.0.1,
        watches seeds/, content/ and theme/, converts and rebuilds on a change and reloads open pages.
        A failed rebuild prints its error and keeps serving the last good build. Stop with Ctrl+C.

        Options:
          --port N          the port (default: 8080)
          --seeds DIR       the folder of seeds (default: seeds/)
          --content DIR     the content folder (default: content/)
          --out DIR         the output folder (default: _site/)
          --verbose       print the details of an unexpected error
          --help          show this help

        {ExitCodes.HelpText}
        """;

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public IReadOnlySet<string> Options { get; } = new HashSet<string> { "--port", "--seeds", "--content", "--out" };

    public int Run(CommandLine line, CommandContext context)
    {
        var port = line.Int("--port", 8080);
        var seeds = context.PathOption(line, "--seeds", "seeds");
        var theme = Path.Combine(context.WorkingDirectory, "theme", "LongTriangle.Theme", "wwwroot");
        var pipeline = BuildCommand.PipelineFrom(line, context, Directory.Exists(theme) ? theme : null, SiteBase.Root, cached: true);
        var options = pipeline.Options;
        // A wrong output folder is refused before anything is served.
        pipeline.CheckOutput();
        var reload = new LiveReload();
        var rebuild = new ServeRebuild(pipeline, context, reload);

        rebuild.Run();
        var server = PreviewServer.StartAsync(options.OutputDirectory, port, reload).GetAwaiter().GetResult();
        context.Out.WriteLine($"serving {server.Address}/ — watching seeds/, content/ and theme/; Ctrl+C stops");

        using var stop = new ManualResetEventSlim();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; stop.Set(); };
        Console.CancelKeyPress += onCancel;
        // A service manager or `timeout` stops with SIGTERM rather than Ctrl+C.
        using var onTerminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGTERM, signal => { signal.Cancel = true; stop.Set(); });
        using (new SourceWatcher([seeds, options.ContentDirectory, Path.Combine(context.WorkingDirectory, "theme")], changed =>
        {
            var compiled = changed.Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)).ToList();
            if (compiled.Count > 0)
                context.Out.WriteLine($"note: {Path.GetFileName(compiled[0])} changed: Razor components and C# need a restart of serve to take effect");
            context.Out.WriteLine($"changed: {string.Join(", ", changed.Take(3).Select(f => Path.GetRelativePath(context.WorkingDirectory, f)))}{(changed.Count > 3 ? ", …" : "")}");
            rebuild.Run();
        }, TimeSpan.FromMilliseconds(300)))
        {
            stop.Wait();
        }
        Console.CancelKeyPress -= onCancel;
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return ExitCodes.Ok;
    }
}
