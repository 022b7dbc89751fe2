using System.Globalization;
using System.Text;
using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Methods;

/// <summary>str's case, classification, padding and line methods (Objects/unicodeobject.c).</summary>
internal static class StrLayoutMethods
{
    public static void Register(Dictionary<string, MethodBody> t)
    {
        Add(t, "upper", s => s.ToUpperInvariant());
        Add(t, "lower", s => s.ToLowerInvariant());
        Add(t, "casefold", s => s.ToLowerInvariant());
        Add(t, "swapcase", s => string.Concat(s.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c))));
        Add(t, "title", Title);
        Add(t, "capitalize", s => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant());
        Test(t, "isdigit", s => s.Length > 0 && s.All(char.IsDigit));
        Test(t, "isdecimal", s => s.Length > 0 && s.All(c => char.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber));
        Test(t, "isnumeric", s => s.Length > 0 && s.All(char.IsNumber));
        Test(t, "isalpha", s => s.Length > 0 && s.All(char.IsLetter));
        Test(t, "isalnum", s => s.Length > 0 && s.All(char.IsLetterOrDigit));
        Test(t, "isspace", s => s.Length > 0 && s.All(StrMethods.IsSpace));
        Test(t, "isascii", s => s.All(char.IsAscii));
        Test(t, "isidentifier", s => s.Length > 0 && (char.IsLetter(s[0]) || s[0] == '_') && s.All(c => char.IsLetterOrDigit(c) || c == '_'));
        Test(t, "isupper", s => s.Any(IsCased) && !s.Any(char.IsLower));
        Test(t, "islower", s => s.Any(IsCased) && !s.Any(char.IsUpper));
        Test(t, "istitle", s => s.Any(IsCased) && Title(s) == s);
        t["center"] = (s, a, k) => Pad((string)s, a, k, "center");
        t["ljust"] = (s, a, k) => Pad((string)s, a, k, "ljust");
        t["rjust"] = (s, a, k) => Pad((string)s, a, k, "rjust");
        t["zfill"] = (s, a, k) => ZFill((string)s, PyArgs.Index(PyArgs.One("str.zfill", a, k)));
        t["encode"] = (s, a, k) =>
        {
            PyArgs.AllowKeywordsUnexpected("encode", k, "encoding", "errors");
            int n = PyArgs.Positional(a, k);
            var encoding = n > 0 ? PyArgs.Str(a[0]) : PyArgs.Keyword(a, k, "encoding") as string ?? "utf-8";
            var errors = n > 1 ? PyArgs.Str(a[1]) : PyArgs.Keyword(a, k, "errors") as string ?? "strict";
            return new PyBytes(Codecs.Encode((string)s, encoding, errors));
        };
        t["expandtabs"] = (s, a, k) => ExpandTabs((string)s, a, k);
        t["splitlines"] = (s, a, k) => SplitLines((string)s, a, k);
        t["partition"] = (s, a, k) => Partition((string)s, PyArgs.One("str.partition", a, k), fromRight: false);
        t["rpartition"] = (s, a, k) => Partition((string)s, PyArgs.One("str.rpartition", a, k), fromRight: true);
    }

    // unicode_expandtabs_impl: the column restarts after \n and \r; a tab pads to the next multiple of tabsize.
    private static string ExpandTabs(string s, object[] a, string[]? k)
    {
        PyArgs.AllowKeywordsUnexpected("expandtabs", k, "tabsize");
        int n = PyArgs.Positional(a, k);
        if (n > 1) throw PyErrors.TypeError(PyMessages.TakesPositionalArguments("expandtabs", 1, n));
        long tabsize = PyArgs.Index(n == 1 ? a[0] : PyArgs.Keyword(a, k, "tabsize") ?? PyInt.Box(8));
        var text = new StringBuilder(s.Length);
        long column = 0;
        foreach (char c in s)
        {
            if (c == '\t')
            {
                if (tabsize > 0)
                {
                    long pad = tabsize - column % tabsize;
                    text.Append(' ', (int)pad);
                    column += pad;
                }
            }
            else
            {
                text.Append(c);
                column = c is '\n' or '\r' ? 0 : column + 1;
            }
        }
        return text.ToString();
    }

    private static void Add(Dictionary<string, MethodBody> t, string name, Func<string, string> f) =>
        t[name] = (s, a, k) =>
        {
            PyArgs.None("str." + name, a, k);
            return f((string)s);
        };

    private static void Test(Dictionary<string, MethodBody> t, string name, Func<string, bool> f) =>
        t[name] = (s, a, k) =>
        {
            PyArgs.None("str." + name, a, k);
            return PyBool.Box(f((string)s));
        };

    private static bool IsCased(char c) => char.IsUpper(c) || char.IsLower(c) ||
        char.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter;

    /// <summary>do_title: a cased character after a cased one is lowered, any other is title-cased.</summary>
    private static string Title(string s)
    {
        var text = new StringBuilder(s.Length);
        bool previousCased = false;
        foreach (char c in s)
        {
            text.Append(previousCased ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c));
            previousCased = IsCased(c);
        }
        return text.ToString();
    }

    private static string Pad(string s, object[] args, string[]? kw, string name)
    {
        PyArgs.NoKeywords(name, kw);
        PyArgs.Range(name, args, kw, 1, 2);
        long width = PyArgs.Index(args[0]);
        char fill = ' ';
        if (args.Length > 1)
        {
            if (args[1] is not string f) throw PyErrors.TypeError(
                $"{name}() argument 2 must be str of length 1, not {PyTypes.TypeName(args[1])}");
            if (f.Length != 1) throw PyErrors.TypeError(PyMessages.FillCharacterOneChar);
            fill = f[0];
        }
        if (width <= s.Length) return s;
        int margin = (int)width - s.Length;
        int left = name switch
        {
            "ljust" => 0,
            "rjust" => margin,
            // pad() in unicodeobject.c: odd margins put the extra character left when width is odd.
            _ => margin / 2 + (margin & (int)width & 1),
        };
        return new string(fill, left) + s + new string(fill, margin - left);
    }

    private static string ZFill(string s, long width)
    {
        if (width <= s.Length) return s;
        int fill = (int)width - s.Length;
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-')) return s[0] + new string('0', fill) + s[1..];
        return new string('0', fill) + s;
    }

    private static bool IsLineBreak(char c) =>
        c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    private static PyList SplitLines(string s, object[] args, string[]? kw)
    {
        PyArgs.AllowKeywordsUnexpected("splitlines", kw, "keepends");
        object keepArg = args.Length - (kw?.Length ?? 0) > 0 ? args[0] : PyArgs.Keyword(args, kw, "keepends") ?? PyBool.False;
        bool keep = PyComparison.IsTrue(keepArg);
        var lines = new List<object>();
        int i = 0;
        while (i < s.Length)
        {
            int start = i;
            while (i < s.Length && !IsLineBreak(s[i])) i++;
            int end = i;
            if (i < s.Length)
            {
                i += s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n' ? 2 : 1;
            }
            lines.Add(keep ? s[start..i] : s[start..end]);
        }
        return new PyList(lines);
    }

    private static PyTuple Partition(string s, object sepArg, bool fromRight)
    {
        string sep = PyArgs.Str(sepArg);
        if (sep.Length == 0) throw PyErrors.ValueError(PyMessages.EmptySeparator);
        int at = fromRight ? s.LastIndexOf(sep, StringComparison.Ordinal) : s.IndexOf(sep, StringComparison.Ordinal);
        if (at < 0) return fromRight ? new PyTuple(["", "", s]) : new PyTuple([s, "", ""]);
        return new PyTuple([s[..at], sep, s[(at + sep.Length)..]]);
    }
}
