namespace LongTriangle.Publishing.Build;

/// <summary>A cache folder the tool will not use (someone else's, or not a folder).</summary>
public sealed class BuildCacheException(string message) : IOException(message);
