using LongTriangle.Conversion.Cleaning.Pinyin;

namespace LongTriangle.Conversion.Model;

/// <summary>
/// The reading a page printed after a lost character ("?dòng)") that did not name it alone: evidence kept for
/// the stage that realigns the damaged bytes, where a surviving byte of the same character may (84 + dòng: 動).
/// <paramref name="Index"/> is the position of the lost mark ("?") in the line as the pinyin stage left it.
/// </summary>
public sealed record PrintedReading(int Line, int Index, PinyinSyllable Syllable);
