namespace LongTriangle.Publishing.Translations;

/// <summary>
/// Units of measure that Chinese plans write after a number (120平方公里, 500公里, 1000亩), with the English
/// forms a translation may use. Longer units first, so 平方公里 is not read as 公里. The forms are compared
/// after <see cref="EnglishText"/> normalisation; a plural is accepted.
/// </summary>
internal static class MeasureUnits
{
    public static readonly IReadOnlyList<(string Zh, string[] En)> All =
    [
        ("平方公里", ["square kilometer", "square kilometre", "sq km", "km2", "km²"]),
        ("平方千米", ["square kilometer", "square kilometre", "sq km", "km2", "km²"]),
        ("平方米", ["square meter", "square metre", "sq m", "m2", "m²"]),
        ("立方米", ["cubic meter", "cubic metre", "m3", "m³"]),
        ("公里", ["kilometer", "kilometre", "km"]),
        ("千米", ["kilometer", "kilometre", "km"]),
        ("公顷", ["hectare", "ha"]),
        ("千瓦时", ["kilowatt hour", "kwh"]),
        ("千瓦", ["kilowatt", "kw"]),
        ("吨", ["ton", "tonne", "t"]),
        ("亩", ["mu"]),
        ("小时", ["hour", "h"]),
        ("分钟", ["minute", "min"]),
        ("元", ["yuan", "rmb", "cny"]),
    ];
}
