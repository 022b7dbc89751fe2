using DlrClosures.Parsing;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Text;

namespace DlrClosures.Hosting;

/// <summary>
/// Every syntax error of a source, in order, for <see cref="ScriptSource.Compile(ErrorListener)"/>. The
/// parser stops at its first error, so recovery happens here, at top-level statement boundaries: a
/// line at column 0, outside any string and bracket, that is neither a comment nor the continuation of
/// a compound statement (<c>else</c>, <c>elif</c>, <c>except</c>, <c>finally</c>, a closing bracket).
/// The source is parsed in regions, each from a boundary to the end, with the lines before the region
/// blanked to spaces, so lines, columns and offsets are those of the original text:
/// 1. parse the region; stop when it parses;
/// 2. the error may lie after an earlier one (the tokenizer reads the whole text before the parser
///    starts, so an unmatched bracket far down is reported before a missing colon above it): parse the
///    complete statements of the region before the error's statement, and take their error instead
///    when there is one, until none is earlier;
/// 3. report it, and start the next region at the first boundary after its line; stop when none is left.
/// Each region starts after the line of the error before, so the loop ends.
/// </summary>
internal static class SyntaxErrorRecovery
{
    private static readonly string[] s_continuations = ["else", "elif", "except", "finally"];

    public static bool IsSyntaxError(PyException error) => error.Type.IsSubclassOf(PyExceptionType.SyntaxError);

    /// <summary>The syntax errors of <paramref name="source"/>, whose parse raised <paramref name="first"/>, in source order.</summary>
    public static IEnumerable<PyException> Errors(SourceText source, PyException first)
    {
        int from = 1;
        PyException? error = first;
        while (error is not null && LineOf(error) is int)
        {
            error = Earliest(source, from, error);
            yield return error;
            int line = LineOf(error)!.Value;
            int next = Boundaries(source.Text, from, bracketsFrom: line + 1).FirstOrDefault(l => l > line);
            if (next == 0) yield break;
            from = next;
            error = Parse(source, from, int.MaxValue);
        }
    }

    private static PyException Earliest(SourceText source, int from, PyException error)
    {
        while (LineOf(error) is int line)
        {
            int cut = Boundaries(source.Text, from, bracketsFrom: from).TakeWhile(l => l <= line).LastOrDefault();
            if (cut <= from || Parse(source, from, cut) is not { } earlier || LineOf(earlier) is not int at || at >= cut) break;
            error = earlier;
        }
        return error;
    }

    private static int? LineOf(PyException error) => error.SyntaxLocation?.Line ?? error.Span?.Line;

    // Parses lines [from, until) of the source, the lines before blanked and those after dropped; null when they parse.
    private static PyException? Parse(SourceText source, int from, int until)
    {
        try
        {
            PythonParser.ParseModule(new SourceText(Region(source.Text, from, until), source.Path));
            return null;
        }
        catch (PyException error) when (IsSyntaxError(error))
        {
            return error;
        }
    }

    /// <summary>
    /// The lines after <paramref name="from"/> (a statement start) where a top-level statement starts.
    /// Strings are followed from <paramref name="from"/>, brackets only from line <paramref name="bracketsFrom"/>,
    /// so that the unbalanced bracket of a broken statement does not hide the boundaries after it.
    /// </summary>
    internal static IEnumerable<int> Boundaries(string text, int from, int bracketsFrom)
    {
        int line = 1, depth = 0, i = 0;
        for (; i < text.Length && line < from; i++) if (text[i] == '\n') line++;
        char quote = '\0';
        bool triple = false, continued = false;
        for (bool atLineStart = true; i < text.Length; i++)
        {
            char c = text[i];
            if (atLineStart)
            {
                atLineStart = false;
                if (line > from && quote == '\0' && depth == 0 && !continued && StartsStatement(text, i)) yield return line;
            }
            if (c == '\n')
            {
                continued = quote == '\0' && EndsWithBackslash(text, i);
                line++;
                atLineStart = true;
                if (!triple) quote = '\0'; // a one-line string ends with its line, terminated or not
                continue;
            }
            if (quote != '\0')
            {
                if (c == '\\') { if (i + 1 < text.Length && text[i + 1] != '\n') i++; }
                else if (c == quote && (!triple || At(text, i, quote, 3)))
                {
                    if (triple) i += 2;
                    quote = '\0';
                    triple = false;
                }
                continue;
            }
            switch (c)
            {
                case '#':
                    while (i + 1 < text.Length && text[i + 1] != '\n') i++;
                    break;
                case '\'' or '"':
                    quote = c;
                    triple = At(text, i, c, 3);
                    if (triple) i += 2;
                    break;
                case '(' or '[' or '{' when line >= bracketsFrom:
                    depth++;
                    break;
                case ')' or ']' or '}' when line >= bracketsFrom:
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }
    }

    private static bool EndsWithBackslash(string text, int newline)
    {
        int end = newline > 0 && text[newline - 1] == '\r' ? newline - 1 : newline;
        return end > 0 && text[end - 1] == '\\';
    }

    private static bool StartsStatement(string text, int i)
    {
        char c = text[i];
        if (char.IsWhiteSpace(c) || c is '#' or ')' or ']' or '}') return false;
        foreach (var keyword in s_continuations)
            if (string.CompareOrdinal(text, i, keyword, 0, keyword.Length) == 0
                && (i + keyword.Length == text.Length || !(char.IsLetterOrDigit(text[i + keyword.Length]) || text[i + keyword.Length] == '_')))
                return false;
        return true;
    }

    private static bool At(string text, int i, char c, int count)
    {
        for (int k = 0; k < count; k++)
            if (i + k >= text.Length || text[i + k] != c) return false;
        return true;
    }

    // Lines before `from` become spaces (line breaks stay), lines from `until` on are dropped.
    private static string Region(string text, int from, int until)
    {
        var chars = new System.Text.StringBuilder(text.Length);
        int line = 1;
        foreach (char c in text)
        {
            if (line >= until) break;
            chars.Append(line < from && c is not ('\n' or '\r') ? ' ' : c);
            if (c == '\n') line++;
        }
        return chars.ToString();
    }
}
