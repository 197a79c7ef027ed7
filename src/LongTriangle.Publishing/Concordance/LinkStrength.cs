namespace LongTriangle.Publishing.Concordance;

/// <summary>How closely a plan's clause corresponds to the clause it implements.</summary>
public enum LinkStrength
{
    /// <summary>The same measure for the same object.</summary>
    Strong,

    /// <summary>The same topic: part of the measure, or a neighbouring one.</summary>
    Related,
}
