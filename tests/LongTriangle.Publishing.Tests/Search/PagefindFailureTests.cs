using LongTriangle.Publishing.Search;
using LongTriangle.Publishing.Tests.Fixtures;

namespace LongTriangle.Publishing.Tests.Search;

/// <summary>Without a working Pagefind the build fails with a message saying what to do, and the previous site stays.</summary>
public sealed class PagefindFailureTests
{
    [Fact]
    public void A_missing_pagefind_fails_the_build_and_says_how_to_install_it()
    {
        using var content = new ContentFixture();
        var indexer = new PagefindIndexer(new PagefindOptions(Path.Combine(content.Root, "node_modules", ".bin", "pagefind"), TimeSpan.FromMinutes(1)));

        var error = Should.Throw<SearchIndexException>(() => BuiltSite.Build(content, indexer: indexer));

        error.Message.ShouldContain("Pagefind (search index) is not installed");
        error.Message.ShouldContain("npm ci");
        Directory.Exists(content.OutputDirectory).ShouldBeFalse();
    }

    [Fact]
    public void A_failing_pagefind_fails_the_build_with_its_error_output_and_leaves_the_previous_site()
    {
        using var content = new ContentFixture();
        BuiltSite.Build(content).Published.ShouldBeTrue();
        var before = File.ReadAllText(Path.Combine(content.OutputDirectory, "index.html"));
        var tool = Path.Combine(content.Root, "failing-pagefind");
        File.WriteAllText(tool, "#!/bin/sh\necho 'Error: the index is broken' >&2\nexit 3\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var error = Should.Throw<SearchIndexException>(() => BuiltSite.Build(content, indexer: new PagefindIndexer(new PagefindOptions(tool, TimeSpan.FromMinutes(1)))));

        error.Message.ShouldBe("pagefind failed (exit code 3): Error: the index is broken");
        File.ReadAllText(Path.Combine(content.OutputDirectory, "index.html")).ShouldBe(before);
        Directory.Exists(Path.Combine(content.OutputDirectory, PagefindOptions.BundleFolder)).ShouldBeFalse();
    }

    [Fact]
    public void Outside_a_repository_pagefind_is_not_found_and_the_message_says_why()
    {
        using var folder = new TempDirectory();

        var error = Should.Throw<SearchIndexException>(() => PagefindLocator.Find([folder.Path]));

        error.Message.ShouldContain("no package.json or LongTriangle.Site.sln");
    }

    [Fact]
    public void Run_from_outside_the_repository_the_tool_finds_the_pagefind_of_its_own_checkout()
    {
        using var folder = new TempDirectory();

        PagefindLocator.Indexer(folder.Path).ShouldNotBeNull();
        PagefindLocator.Find([folder.Path, AppContext.BaseDirectory]).ShouldBe(InstalledExecutable);
    }

    [Fact]
    public void In_the_repository_the_installed_pagefind_is_found()
    {
        PagefindLocator.Find([Path.Combine(RepositoryRoot.Path, "src")]).ShouldBe(InstalledExecutable);
    }

    [Fact]
    public void The_executable_found_is_the_extended_build_npm_installed_and_the_one_its_launcher_would_start()
    {
        var executable = PagefindLocator.Find([RepositoryRoot.Path]);

        Path.GetFileName(executable).ShouldStartWith("pagefind_extended");
        PagefindLocator.NpmRecord(executable).ShouldBe(Path.Combine(RepositoryRoot.Path, "node_modules", ".package-lock.json"));
        File.Exists(PagefindLocator.NpmRecord(executable)).ShouldBeTrue();
        // npm's launcher, which the build no longer starts, names the same file when asked to be verbose.
        var launcher = new System.Diagnostics.ProcessStartInfo(Path.Combine(RepositoryRoot.Path, "node_modules", ".bin", "pagefind"), ["--version", "--verbose"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = System.Diagnostics.Process.Start(launcher)!;
        var said = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        said.ShouldContain($"Running the executable at {executable}");
    }

    [Fact]
    public void An_executable_outside_node_modules_has_no_npm_record_and_the_message_says_how_to_install()
    {
        var error = Should.Throw<SearchIndexException>(() => PagefindLocator.NpmRecord("/opt/pagefind/pagefind_extended"));

        error.Message.ShouldBe($"/opt/pagefind/pagefind_extended: not inside a node_modules folder; {PagefindLocator.InstallAdvice}");
    }

    /// <summary>The executable found from the repository root itself (which npm's launcher confirms, above).</summary>
    private static string InstalledExecutable => PagefindLocator.Find([RepositoryRoot.Path]);
}
