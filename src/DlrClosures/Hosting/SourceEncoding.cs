using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Hosting;

/// <summary>
/// Source handed over as a .NET string is a Python str, which CPython encodes to UTF-8 before it
/// compiles it (exec, compile): a lone surrogate cannot be encoded, so the source is refused with
/// the codec's error, before the parser sees it.
/// </summary>
internal static class SourceEncoding
{
    /// <summary>Raises <c>UnicodeEncodeError</c> when <paramref name="text"/> holds a surrogate that is not half of a pair.</summary>
    public static void EnsureEncodable(string text)
    {
        var span = text.AsSpan();
        int i = span.IndexOfAnyInRange('\ud800', '\udfff');
        if (i < 0) return;
        int codePoint = CodePointIndex(span, i);
        for (; i < span.Length; i++)
        {
            if (!char.IsSurrogate(span[i])) { codePoint++; continue; }
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
                codePoint++;
                continue;
            }
            // The codec reports the whole run of lone surrogates that starts here (utf_8 encoder, surrogates not allowed).
            int end = i + 1;
            while (end < span.Length && IsLone(span, end)) end++;
            int run = end - i;
            string message = run == 1
                ? $"'utf-8' codec can't encode character '\\u{(int)span[i]:x4}' in position {codePoint}: surrogates not allowed"
                : $"'utf-8' codec can't encode characters in position {codePoint}-{codePoint + run - 1}: surrogates not allowed";
            throw new PyException(PyExceptionType.UnicodeEncodeError, message);
        }
    }

    private static bool IsLone(ReadOnlySpan<char> span, int i) =>
        char.IsLowSurrogate(span[i]) || (char.IsHighSurrogate(span[i]) && !(i + 1 < span.Length && char.IsLowSurrogate(span[i + 1])));

    // Python indexes code points: a surrogate pair before index is one.
    private static int CodePointIndex(ReadOnlySpan<char> span, int index)
    {
        int count = 0;
        for (int i = 0; i < index; i++, count++)
            if (char.IsHighSurrogate(span[i]) && i + 1 < index && char.IsLowSurrogate(span[i + 1])) i++;
        return count;
    }
}
