using System.Text;
using LongTriangle.Publishing.Downloads;

namespace LongTriangle.Publishing.Tests.Downloads;

/// <summary>
/// The one Chromium a build prints its PDFs with, driven over the DevTools protocol: the real Debian Chromium prints a
/// page, and a Chromium that cannot start fails with one line saying why (what it said last).
/// </summary>
public sealed class ChromiumSessionTests
{
    [Fact]
    public void The_real_Chromium_prints_two_pages_one_after_the_other_in_one_session()
    {
        var chromium = Chromium.Find();
        chromium.ShouldNotBeNull("the tests need Chromium: scripts/prerequisites.sh test installs it");
        var folder = Directory.CreateTempSubdirectory("longtriangle-chromium-test-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "index.html"), "<!doctype html><html lang=\"en\"><title>One</title><p>The first page.</p></html>");
            Directory.CreateDirectory(Path.Combine(folder.FullName, "two"));
            File.WriteAllText(Path.Combine(folder.FullName, "two", "index.html"),
                "<!doctype html><html lang=\"en\"><title>Two</title>" + string.Concat(Enumerable.Repeat("<p>A longer second page.</p>", 400)) + "</html>");
            using var server = new StaticFileServer(folder.FullName, "/");
            var profile = Directory.CreateTempSubdirectory("longtriangle-chromium-profile-");
            try
            {
                byte[] first, second;
                using (var session = ChromiumSession.Start(chromium, profile.FullName))
                {
                    first = session.Print(server.Address + "/", TimeSpan.FromMinutes(1));
                    second = session.Print(server.Address + "/two/", TimeSpan.FromMinutes(1));
                }
                Encoding.ASCII.GetString(first, 0, 5).ShouldBe("%PDF-");
                Encoding.ASCII.GetString(second, 0, 5).ShouldBe("%PDF-");
                // The second is the second page: longer, of several pages, and titled as it is.
                Pages(first).ShouldBe(1);
                Pages(second).ShouldBeGreaterThan(1);
                Encoding.Latin1.GetString(second).ShouldContain("/Title (Two)");
            }
            finally
            {
                profile.Delete(recursive: true);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_Chromium_that_cannot_start_fails_with_what_it_said_last()
    {
        // The stand-in is a shell script.
        if (OperatingSystem.IsWindows()) return;
        var folder = Directory.CreateTempSubdirectory("longtriangle-chromium-test-");
        try
        {
            var fake = Path.Combine(folder.FullName, "chromium");
            File.WriteAllText(fake, "#!/bin/sh\necho 'starting' >&2\necho 'chromium: error while loading shared libraries: libnss3.so' >&2\nexit 127\n");
            File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

            var error = Should.Throw<IOException>(() => ChromiumSession.Start(fake, folder.FullName));

            error.Message.ShouldBe($"Chromium ({fake}) ended before it could print: chromium: error while loading shared libraries: libnss3.so");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static int Pages(byte[] pdf) => System.Text.RegularExpressions.Regex.Matches(Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]").Count;
}
