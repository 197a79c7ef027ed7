using LongTriangle.Cli;
using LongTriangle.Cli.Commands;

namespace LongTriangle.Browser.Tests.Infrastructure;

/// <summary>
/// The repository's content built a second time with its search index in parts (<c>--index-part-size 1</c>: one
/// document a part on average, so the five documents make several parts a language, as a thousand do at the default),
/// served on a host of its own, for the tests that compare it with the <see cref="SiteFixture"/>'s one index a language.
/// </summary>
public sealed class PartedSite : IAsyncLifetime
{
    private readonly string _workDirectory = Path.Combine(Path.GetTempPath(), "longtriangle-browser-parted-" + Guid.NewGuid().ToString("N"));
    private StaticHost? _host;

    public string SiteDirectory => Path.Combine(_workDirectory, "site");

    public string Origin => _host?.Origin ?? throw new InvalidOperationException("the site is not served yet");

    public async Task InitializeAsync()
    {
        var output = new StringWriter();
        var exit = new Tool([new BuildCommand()]).Run(
            ["build", "--no-convert", "--no-cache", "--index-part-size", "1", "--content", Path.Combine(RepositoryRoot.Path, "content"), "--out", SiteDirectory],
            new CommandContext(RepositoryRoot.Path, output, output, Verbose: true));
        if (exit != 0) throw new InvalidOperationException($"longtriangle build exited with {exit}:\n{output}");
        _host = await StaticHost.StartAsync(SiteDirectory);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
        if (Directory.Exists(_workDirectory)) Directory.Delete(_workDirectory, recursive: true);
    }
}
