namespace LongTriangle.Publishing.Concordance;

/// <summary>A set of <see cref="SpecialArea"/>s as bits (their order in the list of areas): a clause's scope or the areas it names, without allocating per clause.</summary>
public readonly record struct AreaSet(int Bits)
{
    public static AreaSet None => default;

    /// <summary>The areas of <paramref name="areas"/> (at most 32) for which <paramref name="applies"/> holds.</summary>
    public static AreaSet Where(IReadOnlyList<SpecialArea> areas, Func<SpecialArea, bool> applies)
    {
        var bits = 0;
        for (var i = 0; i < areas.Count && i < 32; i++)
        {
            if (applies(areas[i])) bits |= 1 << i;
        }
        return new AreaSet(bits);
    }

    public AreaSet Union(AreaSet other) => new(Bits | other.Bits);

    public bool IsSubsetOf(AreaSet other) => (Bits & ~other.Bits) == 0;
}
