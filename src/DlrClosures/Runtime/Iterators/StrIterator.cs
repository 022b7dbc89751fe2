namespace DlrClosures.Runtime.Iterators;

/// <summary>Yields each character as a one-character str; ASCII strings share cached one-char strings.</summary>
internal sealed class StrIterator(string text) : PyIterator
{
    private static readonly string[] s_ascii = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();
    private int _index;

    /// <summary>CPython 3.11 has a separate iterator type for pure-ASCII strings.</summary>
    public override string TypeName => text.All(char.IsAscii) ? "str_ascii_iterator" : "str_iterator";

    public static string CharAt(string text, int index)
    {
        char c = text[index];
        return c < 128 ? s_ascii[c] : c.ToString();
    }

    public override bool MoveNext(out object value)
    {
        if (_index < text.Length)
        {
            // A surrogate pair is one Python character.
            if (char.IsHighSurrogate(text[_index]) && _index + 1 < text.Length && char.IsLowSurrogate(text[_index + 1]))
            {
                value = text.Substring(_index, 2);
                _index += 2;
                return true;
            }
            value = CharAt(text, _index++);
            return true;
        }
        value = PyNone.Instance;
        return false;
    }
}
