using System.Collections.Immutable;

namespace LongTriangle.Content;

/// <summary>What <c>content/site.yml</c> says, read once (<see cref="SiteSettings.Read"/>).</summary>
/// <param name="Regions">The regions, in the site's order.</param>
/// <param name="BaseUrl">The text of <c>base-url:</c>, or null when the file gives none.</param>
public sealed record SiteSettingsFile(ImmutableArray<Region> Regions, SettingText? BaseUrl);

/// <summary>A setting's text as written, with its line, for messages that name where it stands.</summary>
public sealed record SettingText(string Value, int Line);
