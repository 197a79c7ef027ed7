namespace LongTriangle.Publishing.Checking;

/// <summary>
/// The names the link check compares, numbered once for the whole site: ids, fragments and the files pages link to.
/// A clause's eId is on four pages and linked from more, and a library of a thousand documents has millions of
/// links, so each page keeps numbers (four bytes each) instead of strings or sets of strings. Numbers are given in the
/// order names are first met, which differs between runs on several cores: nothing the check reports depends on
/// them, only on the names they stand for.
/// </summary>
public sealed class LinkNames
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    /// <summary>The number of <paramref name="name"/>, given now if it has none.</summary>
    public int Number(string name)
    {
        if (_numbers.TryGetValue(name, out var number)) return number;
        lock (_names)
        {
            if (_numbers.TryGetValue(name, out number)) return number;
            number = _names.Count;
            _names.Add(name);
            _numbers[name] = number;
            return number;
        }
    }

    /// <summary>The number of <paramref name="name"/> if it has one (a name no page uses has none).</summary>
    public bool TryNumber(string name, out int number) => _numbers.TryGetValue(name, out number);

    /// <summary>The name numbered <paramref name="number"/>.</summary>
    public string Name(int number)
    {
        lock (_names) return _names[number];
    }
}
