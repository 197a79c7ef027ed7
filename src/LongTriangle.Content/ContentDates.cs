using System.Globalization;

namespace LongTriangle.Content;

/// <summary>Dates as the content format and sidecars write them: YYYY-MM-DD, a real calendar date.</summary>
public static class ContentDates
{
    private const string Format = "yyyy-MM-dd";

    public static string Write(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    public static string? Write(DateOnly? date) => date is { } known ? Write(known) : null;

    /// <summary>Reads a date of the form YYYY-MM-DD that exists in the calendar; null otherwise.</summary>
    public static DateOnly? Read(string text) =>
        ContentPatterns.IsDate(text) && DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
