using System.Diagnostics;

namespace LongTriangle.Cli.Tests.Workflows;

public sealed class SiteWorkflowTests
{
    private static readonly string Workflow = Path.Combine(RepositoryRoot.Path, ".github", "workflows", "site.yml");

    [Fact]
    public void Actionlint_finds_no_problem_in_the_site_workflow()
    {
        var (exit, output) = Actionlint(Workflow);
        output.ShouldBeEmpty();
        exit.ShouldBe(0);
    }

    [Fact]
    public void Actionlint_reports_a_broken_workflow()
    {
        // Proves the lint is real: an undefined context property must be reported.
        var broken = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.yml");
        File.WriteAllText(broken, "on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.no_such_property }}\n");
        try
        {
            var (exit, output) = Actionlint(broken);
            exit.ShouldBe(1);
            output.ShouldContain("no_such_property");
        }
        finally { File.Delete(broken); }
    }

    [Fact]
    public void The_workflow_tests_checks_builds_and_deploys_to_pages_from_main()
    {
        var text = File.ReadAllText(Workflow);
        foreach (var path in new[] { "seeds/**", "content/**", "theme/**", "src/**", ".github/workflows/site.yml" })
            text.ShouldContain($"\"{path}\"");
        text.ShouldContain("./test.sh");
        text.ShouldContain("longtriangle.dll check");
        text.ShouldContain("./build.sh --base-url");
        text.ShouldContain("actions/upload-pages-artifact@");
        text.ShouldContain("actions/deploy-pages@");
    }

    [Fact]
    public void The_workflow_runs_on_debian_and_installs_what_it_needs_as_the_prerequisites_script_does()
    {
        // Ubuntu's apt chromium is a shim for a snap that does not run in CI: the job runs in Debian, where
        // scripts/prerequisites.sh installs the real chromium, fonts-noto-cjk and nodejs with apt.
        var text = File.ReadAllText(Workflow);
        text.ShouldContain("container: debian:trixie");
        text.ShouldContain("run: scripts/prerequisites.sh test");
        text.ShouldNotContain("sudo apt-get");
        text.ShouldNotContain("actions/setup-node@");
    }

    private static (int Exit, string Output) Actionlint(string file)
    {
        var (exit, output, errors) = NodeScript.Run(Path.Combine(RepositoryRoot.Path, "scripts", "actionlint.mjs"), file);
        return (exit, output + errors);
    }
}
