namespace LongTriangle.Theme.Models;

/// <summary>
/// Under a translated clause: the Chinese it translates was corrected by the editor, so a reader who compares
/// it with another copy of the Chinese knows why they differ. The readings are the correction's whole
/// passage (with the context that makes it unique), in the authoritative text's language.
/// </summary>
/// <param name="Reading">What the Chinese reads now.</param>
/// <param name="SourceReading">What the source copy read.</param>
/// <param name="Reason">Why, as the editor recorded it.</param>
/// <param name="Lang">The readings' language tag.</param>
public sealed record CorrectionNote(string Reading, string SourceReading, string Reason, string Lang);
