using LongTriangle.Conversion.Model;

namespace LongTriangle.Conversion.Cleaning;

/// <summary>
/// One repair of the seed's text, with one job (script, pinyin, chrome, layout …).
/// Stages are pure: they map text to text and record every change as a <see cref="Repair"/>.
/// </summary>
public interface ICleaningStage
{
    WorkingText Apply(WorkingText text);
}
