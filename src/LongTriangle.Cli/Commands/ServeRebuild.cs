using LongTriangle.Inputs;
using LongTriangle.Publishing.Serving;

namespace LongTriangle.Cli.Commands;

/// <summary>
/// One rebuild of `serve`, on start and after every change: the same path as `build` (seeds added, changed
/// or removed are converted first). A failure prints its one line and keeps serving the last good build;
/// a success makes open pages reload. Rebuilds run on the watcher's thread, so nothing may escape.
/// </summary>
internal sealed class ServeRebuild(SitePipeline pipeline, CommandContext context, LiveReload reload)
{
    private readonly object _gate = new();

    public bool Run()
    {
        lock (_gate)
        {
            try
            {
                var result = pipeline.Build(convert: true);
                if (!result.Published)
                {
                    BuildCommand.ReportProblems(context, result.Problems, "still serving the previous build");
                    return false;
                }
                reload.Published();
                return true;
            }
            catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"error: {e.Message} (still serving the previous build)");
                return false;
            }
            catch (Exception e)
            {
                // An escaping exception would end the tool with a stack trace.
                context.Error.WriteLine($"internal error: {e.GetType().Name}: {e.Message} (still serving the previous build)");
                if (context.Verbose) context.Error.WriteLine(e.ToString());
                return false;
            }
        }
    }
}
