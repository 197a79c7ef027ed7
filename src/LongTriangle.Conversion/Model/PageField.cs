namespace LongTriangle.Conversion.Model;

/// <summary>
/// One labelled value a web page printed about the document around it (发文字号：沪府发〔2024〕1号,
/// 来源：中国网地产 2020-01-10 17:02:09), kept when the chrome stage removes the line it stood on.
/// Evidence for front matter (issuer, number, dates), in page order; <paramref name="Line"/> is the seed line.
/// </summary>
public sealed record PageField(string Label, string Value, int Line);
