namespace LongTriangle.Publishing.Search;

/// <summary>
/// Pagefind is missing or failed. An <see cref="IOException"/> because the cause lies outside the content
/// (a tool not installed, a process that failed): the command line prints it as one error line.
/// </summary>
public sealed class SearchIndexException(string message) : IOException(message);
