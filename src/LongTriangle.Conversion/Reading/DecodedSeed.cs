using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Reading;

/// <summary>A seed's lines as decoded, with the encoding of the file and the repairs decoding needed.</summary>
public sealed record DecodedSeed(string EncodingName, IReadOnlyList<(int Number, string Text)> Lines, IReadOnlyList<Repair> Repairs);
