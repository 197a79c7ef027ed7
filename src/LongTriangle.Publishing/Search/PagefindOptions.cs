namespace LongTriangle.Publishing.Search;

/// <summary>How to run Pagefind.</summary>
/// <param name="Executable">Pagefind's extended executable, which segments Chinese, as <c>npm ci</c> installed it
/// (<see cref="PagefindLocator"/>).</param>
/// <param name="Timeout">How long indexing may take before the build gives up (about a second for the five documents,
/// about two minutes for a library of a thousand on a loaded two-core machine).</param>
public sealed record PagefindOptions(string Executable, TimeSpan Timeout)
{
    /// <summary>Where a site's search bundle goes, relative to the site root (search.js imports it from there).</summary>
    public const string BundleFolder = "pagefind";

    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromMinutes(15);
}
