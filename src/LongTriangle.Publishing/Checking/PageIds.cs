namespace LongTriangle.Publishing.Checking;

/// <summary>
/// The ids of one page as numbers of the site's <see cref="LinkNames"/>, each with the line of its first use: two
/// frozen arrays sorted by number (eight bytes an id, where a set of strings took about thirty), searched by halves.
/// </summary>
public sealed class PageIds
{
    private readonly int[] _numbers;
    private readonly int[] _lines;

    /// <param name="firstLines">Id number → the line of its first use.</param>
    public PageIds(IReadOnlyCollection<KeyValuePair<int, int>> firstLines)
    {
        _numbers = new int[firstLines.Count];
        _lines = new int[firstLines.Count];
        var i = 0;
        foreach (var (number, line) in firstLines)
        {
            _numbers[i] = number;
            _lines[i++] = line;
        }
        Array.Sort(_numbers, _lines);
        for (var k = 1; k < _numbers.Length; k++)
            if (_numbers[k] == _numbers[k - 1]) throw new ArgumentException($"the id number {_numbers[k]} is given twice", nameof(firstLines));
    }

    public int Count => _numbers.Length;

    public bool Contains(int number) => Array.BinarySearch(_numbers, number) >= 0;

    /// <summary>Each id's number and the line of its first use, by number.</summary>
    public IEnumerable<(int Number, int Line)> WithLines()
    {
        for (var i = 0; i < _numbers.Length; i++) yield return (_numbers[i], _lines[i]);
    }
}
