using LongTriangle.Cli;
using LongTriangle.Cli.Commands;

namespace LongTriangle.Browser.Tests.Infrastructure;

/// <summary>
/// Built once per test run: the site from the repository's content/ (with the real build command),
/// a static host for it on 127.0.0.1, and one headless Debian Chromium shared by every test.
/// Browsers are never downloaded.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly string _workDirectory = Path.Combine(Path.GetTempPath(), "longtriangle-browser-" + Guid.NewGuid().ToString("N"));
    private StaticHost? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BuiltSite Site { get; private set; } = null!;

    public string Origin => _host?.Origin ?? throw new InvalidOperationException("the site is not served yet");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser is not started yet");

    /// <summary>test-output/ at the repository root (gitignored).</summary>
    public static string OutputDirectory => Path.Combine(RepositoryRoot.Path, "test-output");

    public async Task InitializeAsync()
    {
        var content = Path.Combine(RepositoryRoot.Path, "content");
        var siteDirectory = Path.Combine(_workDirectory, "site");
        var output = new StringWriter();
        var exit = new Tool([new BuildCommand()]).Run(
            ["build", "--no-convert", "--content", content, "--out", siteDirectory],
            new CommandContext(RepositoryRoot.Path, output, output, Verbose: true));
        if (exit != 0) throw new InvalidOperationException($"longtriangle build exited with {exit}:\n{output}");
        Site = new BuiltSite(content, siteDirectory);

        _host = await StaticHost.StartAsync(siteDirectory);

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser context (own storage, own permissions) with one page that records every problem.</summary>
    public async Task<Reader> OpenAsync(Device device = Device.Desktop, ColorScheme colourScheme = ColorScheme.Light, bool clipboard = false)
    {
        var options = new BrowserNewContextOptions
        {
            ViewportSize = device == Device.Phone ? new ViewportSize { Width = 360, Height = 740 } : new ViewportSize { Width = 1280, Height = 800 },
            IsMobile = device == Device.Phone,
            HasTouch = device == Device.Phone,
            ColorScheme = colourScheme,
            ReducedMotion = ReducedMotion.Reduce,
        };
        if (clipboard) options.Permissions = ["clipboard-read", "clipboard-write"];
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        return await Reader.StartAsync(context, Origin);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_host is not null) await _host.DisposeAsync();
        if (Directory.Exists(_workDirectory)) Directory.Delete(_workDirectory, recursive: true);
    }
}

public enum Device
{
    Desktop,
    Phone,
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "browser";
}
