using System.Text;
using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Methods;

/// <summary>str's searching, splitting, joining and replacing methods (Objects/unicodeobject.c, Objects/stringlib).</summary>
internal static class StrMethods
{
    public static void Register(Dictionary<string, MethodBody> t)
    {
        t["join"] = (s, a, k) => Join((string)s, PyArgs.One("str.join", a, k));
        t["split"] = (s, a, k) => Split((string)s, a, k, "split", fromRight: false);
        t["rsplit"] = (s, a, k) => Split((string)s, a, k, "rsplit", fromRight: true);
        t["strip"] = (s, a, k) => Strip((string)s, a, k, "strip", left: true, right: true);
        t["lstrip"] = (s, a, k) => Strip((string)s, a, k, "lstrip", left: true, right: false);
        t["rstrip"] = (s, a, k) => Strip((string)s, a, k, "rstrip", left: false, right: true);
        t["replace"] = (s, a, k) => Replace((string)s, a, k);
        t["startswith"] = (s, a, k) => PyBool.Box(Affix((string)s, a, k, "startswith", prefix: true));
        t["endswith"] = (s, a, k) => PyBool.Box(Affix((string)s, a, k, "endswith", prefix: false));
        t["find"] = (s, a, k) => PyInt.Box(Find((string)s, a, k, "find", fromRight: false));
        t["rfind"] = (s, a, k) => PyInt.Box(Find((string)s, a, k, "rfind", fromRight: true));
        t["index"] = (s, a, k) => PyInt.Box(Index((string)s, a, k, "index", fromRight: false));
        t["rindex"] = (s, a, k) => PyInt.Box(Index((string)s, a, k, "rindex", fromRight: true));
        t["count"] = (s, a, k) => PyInt.Box(Count((string)s, a, k));
        t["format"] = (s, a, k) => StrFormat.Format((string)s, a, k);
        t["removeprefix"] = (s, a, k) =>
        {
            string str = (string)s, p = PyArgs.Str(PyArgs.One("str.removeprefix", a, k));
            return str.StartsWith(p, StringComparison.Ordinal) ? str[p.Length..] : str;
        };
        t["removesuffix"] = (s, a, k) =>
        {
            string str = (string)s, p = PyArgs.Str(PyArgs.One("str.removesuffix", a, k));
            return p.Length > 0 && str.EndsWith(p, StringComparison.Ordinal) ? str[..^p.Length] : str;
        };
    }

    /// <summary>Py_UNICODE_ISSPACE: .NET's white space plus the ASCII separators \x1c-\x1f.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || (c >= '\x1c' && c <= '\x1f');

    private static string Join(string separator, object iterable)
    {
        var text = new StringBuilder();
        int i = 0;
        foreach (var item in PyIteration.Enumerate(iterable))
        {
            if (item is not string s) throw PyErrors.TypeError(PyMessages.SequenceItemExpectedStr(i, PyTypes.TypeName(item)));
            if (i > 0) text.Append(separator);
            text.Append(s);
            i++;
        }
        return text.ToString();
    }

    private static PyList Split(string s, object[] args, string[]? kw, string name, bool fromRight)
    {
        PyArgs.AllowKeywordsUnexpected(name, kw, "sep", "maxsplit");
        int n = PyArgs.Positional(args, kw);
        if (n > 2) throw PyErrors.TypeError(PyMessages.TakesPositionalArguments(name, 2, n));
        object sepArg = n > 0 ? args[0] : PyArgs.Keyword(args, kw, "sep") ?? PyNone.Instance;
        long maxSplit = PyArgs.Index(n > 1 ? args[1] : PyArgs.Keyword(args, kw, "maxsplit") ?? PyInt.Box(-1));
        if (maxSplit < 0) maxSplit = long.MaxValue;
        var parts = new List<string>();
        if (sepArg is PyNone)
        {
            SplitWhitespace(s, maxSplit, fromRight, parts);
        }
        else
        {
            string sep = sepArg as string ?? throw PyErrors.TypeError($"must be str or None, not {PyTypes.TypeName(sepArg)}");
            if (sep.Length == 0) throw PyErrors.ValueError(PyMessages.EmptySeparator);
            if (!fromRight)
            {
                int start = 0;
                while (maxSplit-- > 0)
                {
                    int at = s.IndexOf(sep, start, StringComparison.Ordinal);
                    if (at < 0) break;
                    parts.Add(s[start..at]);
                    start = at + sep.Length;
                }
                parts.Add(s[start..]);
            }
            else
            {
                int end = s.Length;
                while (maxSplit-- > 0)
                {
                    int at = end - sep.Length < 0 ? -1 : s.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal);
                    if (at < 0 || at + sep.Length > end) break;
                    parts.Add(s[(at + sep.Length)..end]);
                    end = at;
                }
                parts.Add(s[..end]);
                parts.Reverse();
            }
        }
        return new PyList(parts.ToList<object>());
    }

    private static void SplitWhitespace(string s, long maxSplit, bool fromRight, List<string> parts)
    {
        if (!fromRight)
        {
            int i = 0;
            while (true)
            {
                while (i < s.Length && IsSpace(s[i])) i++;
                if (i == s.Length) return;
                if (maxSplit-- <= 0)
                {
                    // The unsplit remainder keeps its trailing white space (split_whitespace in stringlib/split.h).
                    parts.Add(s[i..]);
                    return;
                }
                int j = i;
                while (j < s.Length && !IsSpace(s[j])) j++;
                parts.Add(s[i..j]);
                i = j;
            }
        }
        int k = s.Length;
        while (true)
        {
            while (k > 0 && IsSpace(s[k - 1])) k--;
            if (k == 0) break;
            if (maxSplit-- <= 0)
            {
                parts.Add(s[..k]);
                break;
            }
            int j = k;
            while (j > 0 && !IsSpace(s[j - 1])) j--;
            parts.Add(s[j..k]);
            k = j;
        }
        parts.Reverse();
    }

    private static string Strip(string s, object[] args, string[]? kw, string name, bool left, bool right)
    {
        PyArgs.NoKeywords(name, kw);
        if (args.Length > 1) throw PyErrors.TypeError(PyMessages.ExpectedAtMost(name, 1, args.Length));
        Func<char, bool> strip = IsSpace;
        if (args.Length == 1 && args[0] is not PyNone)
        {
            string chars = args[0] as string ?? throw PyErrors.TypeError(PyMessages.StripArgMustBeStr(PyTypes.TypeName(args[0])));
            strip = chars.Contains;
        }
        int start = 0, end = s.Length;
        if (left) while (start < end && strip(s[start])) start++;
        if (right) while (end > start && strip(s[end - 1])) end--;
        return s[start..end];
    }

    private static string Replace(string s, object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("replace", kw);
        PyArgs.Range("replace", args, kw, 2, 3);
        string old = PyArgs.Str(args[0]), replacement = PyArgs.Str(args[1]);
        long count = args.Length > 2 ? PyArgs.Index(args[2]) : -1;
        if (count < 0) count = long.MaxValue;
        var text = new StringBuilder();
        if (old.Length == 0)
        {
            // An empty pattern matches before every character and at the end.
            int i = 0;
            for (; i <= s.Length; i++)
            {
                if (count-- <= 0) break;
                text.Append(replacement);
                if (i < s.Length) text.Append(s[i]);
            }
            if (i < s.Length) text.Append(s, i, s.Length - i);
            return text.ToString();
        }
        int start = 0;
        while (count-- > 0)
        {
            int at = s.IndexOf(old, start, StringComparison.Ordinal);
            if (at < 0) break;
            text.Append(s, start, at - start).Append(replacement);
            start = at + old.Length;
        }
        return text.Append(s, start, s.Length - start).ToString();
    }

    /// <summary>The optional [start[, end]] arguments, resolved like slice bounds.</summary>
    private static (int Start, int End) Bounds(string s, object[] args, int first)
    {
        var slice = new PySlice(args.Length > first ? args[first] : PyNone.Instance,
            args.Length > first + 1 ? args[first + 1] : PyNone.Instance, PyNone.Instance);
        long start = slice.Start is PyNone ? 0 : PyArgs.SliceIndex(slice.Start);
        long end = slice.Stop is PyNone ? s.Length : PyArgs.SliceIndex(slice.Stop);
        if (start < 0) start = Math.Max(0, start + s.Length);
        if (end < 0) end = Math.Max(0, end + s.Length);
        return ((int)Math.Min(start, s.Length + 1), (int)Math.Min(end, s.Length));
    }

    private static bool Affix(string s, object[] args, string[]? kw, string name, bool prefix)
    {
        PyArgs.NoKeywords(name, kw);
        PyArgs.Range(name, args, kw, 1, 3);
        var (start, end) = Bounds(s, args, 1);
        if (start > end || start > s.Length) return false;
        string part = s[start..end];
        bool Test(string a) => prefix ? part.StartsWith(a, StringComparison.Ordinal) : part.EndsWith(a, StringComparison.Ordinal);
        switch (args[0])
        {
            case string a: return Test(a);
            case PyTuple tuple:
                foreach (var item in tuple.Items)
                {
                    if (item is not string a)
                        throw PyErrors.TypeError($"tuple for {name} must only contain str, not {PyTypes.TypeName(item)}");
                    if (Test(a)) return true;
                }
                return false;
            default: throw PyErrors.TypeError(PyMessages.FirstArgMustBeStrOrTuple(name, PyTypes.TypeName(args[0])));
        }
    }

    private static int Find(string s, object[] args, string[]? kw, string name, bool fromRight)
    {
        PyArgs.NoKeywords(name, kw);
        PyArgs.Range(name, args, kw, 1, 3);
        string sub = PyArgs.Str(args[0]);
        var (start, end) = Bounds(s, args, 1);
        if (start > end || end - start < sub.Length) return -1;
        int at = fromRight
            ? s.LastIndexOf(sub, end - 1 < 0 ? 0 : end - 1, end - start, StringComparison.Ordinal)
            : s.IndexOf(sub, start, end - start, StringComparison.Ordinal);
        if (fromRight && sub.Length == 0) return end;
        return at;
    }

    private static int Index(string s, object[] args, string[]? kw, string name, bool fromRight)
    {
        int at = Find(s, args, kw, name, fromRight);
        return at >= 0 ? at : throw PyErrors.ValueError(PyMessages.SubstringNotFound);
    }

    private static int Count(string s, object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("count", kw);
        PyArgs.Range("count", args, kw, 1, 3);
        string sub = PyArgs.Str(args[0]);
        var (start, end) = Bounds(s, args, 1);
        if (start > end) return 0;
        if (sub.Length == 0) return end - start + 1;
        int count = 0;
        for (int at = s.IndexOf(sub, start, end - start, StringComparison.Ordinal);
             at >= 0 && at + sub.Length <= end;
             at = at + sub.Length >= end ? -1 : s.IndexOf(sub, at + sub.Length, end - at - sub.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}
