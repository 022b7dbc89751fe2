using System.Text;
using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Methods;

/// <summary>
/// The methods of bytes and bytearray (Objects/bytes_methods.c, bytesobject.c, bytearrayobject.c):
/// the text-like ones work on the bytes as ASCII and return the receiver's type; bytearray adds
/// the mutating ones (<see cref="RegisterMutable"/>).
/// </summary>
internal static class BytesMethods
{
    public static void Register(Dictionary<string, MethodBody> t)
    {
        t["decode"] = (s, a, k) =>
        {
            PyArgs.AllowKeywordsUnexpected("decode", k, "encoding", "errors");
            int n = PyArgs.Positional(a, k);
            var encoding = n > 0 ? PyArgs.Str(a[0]) : PyArgs.Keyword(a, k, "encoding") as string ?? "utf-8";
            var errors = n > 1 ? PyArgs.Str(a[1]) : PyArgs.Keyword(a, k, "errors") as string ?? "strict";
            return Codecs.Decode(Self(s).Span, encoding, errors);
        };
        t["hex"] = (s, a, k) =>
        {
            PyArgs.Range("hex", a, k, 0, 2);
            var hex = Convert.ToHexString(Self(s).Span).ToLowerInvariant();
            if (a.Length == 0 || hex.Length == 0) return hex;
            var sep = PyArgs.Str(a[0]);
            var text = new StringBuilder();
            for (int i = 0; i < hex.Length; i += 2)
            {
                if (i > 0) text.Append(sep);
                text.Append(hex, i, 2);
            }
            return text.ToString();
        };
        t["fromhex"] = (s, a, k) =>
        {
            var text = PyArgs.Str(PyArgs.One("fromhex", a, k));
            var data = new List<byte>();
            int i = 0;
            while (i < text.Length)
            {
                if (char.IsWhiteSpace(text[i])) { i++; continue; }
                if (i + 1 >= text.Length || !char.IsAsciiHexDigit(text[i]) || !char.IsAsciiHexDigit(text[i + 1]))
                {
                    int at = i + 1 < text.Length && char.IsAsciiHexDigit(text[i]) ? i + 1 : i;
                    throw PyErrors.ValueError($"non-hexadecimal number found in fromhex() arg at position {at}");
                }
                data.Add(Convert.ToByte(text.Substring(i, 2), 16));
                i += 2;
            }
            return new PyBytes([.. data], s is PyType type && ReferenceEquals(type, PyBuiltinTypes.ByteArray));
        };
        t["join"] = (s, a, k) =>
        {
            var self = Self(s);
            var output = new List<byte>();
            int index = 0;
            foreach (var item in PyIteration.Enumerate(PyArgs.One("join", a, k)))
            {
                if (item is not PyBytes part)
                    throw PyErrors.TypeError($"sequence item {index}: expected a bytes-like object, {PyTypes.TypeName(item)} found");
                if (index++ > 0) output.AddRange(self.Span);
                output.AddRange(part.Span);
            }
            return self.Like([.. output]);
        };
        t["split"] = (s, a, k) => Split(Self(s), a, k, fromRight: false);
        t["rsplit"] = (s, a, k) => Split(Self(s), a, k, fromRight: true);
        t["strip"] = (s, a, k) => Strip(Self(s), a, k, "strip", left: true, right: true);
        t["lstrip"] = (s, a, k) => Strip(Self(s), a, k, "lstrip", left: true, right: false);
        t["rstrip"] = (s, a, k) => Strip(Self(s), a, k, "rstrip", left: false, right: true);
        t["replace"] = (s, a, k) =>
        {
            PyArgs.Range("replace", a, k, 2, 3);
            var self = Self(s);
            var text = BytesOps.Latin1(self.Span);
            var old = BytesOps.Latin1(BytesOps.Bytes(a[0]));
            var @new = BytesOps.Latin1(BytesOps.Bytes(a[1]));
            long count = a.Length > 2 ? PyArgs.Index(a[2]) : -1;
            return self.Like(ToBytes(StrReplace(text, old, @new, count)));
        };
        t["startswith"] = (s, a, k) => Affix(Self(s), a, k, "startswith", atStart: true);
        t["endswith"] = (s, a, k) => Affix(Self(s), a, k, "endswith", atStart: false);
        t["find"] = (s, a, k) => PyInt.Box(Find(Self(s), a, k, "find", fromRight: false));
        t["rfind"] = (s, a, k) => PyInt.Box(Find(Self(s), a, k, "rfind", fromRight: true));
        t["index"] = (s, a, k) => Index(Self(s), a, k, "index", fromRight: false);
        t["rindex"] = (s, a, k) => Index(Self(s), a, k, "rindex", fromRight: true);
        t["count"] = (s, a, k) =>
        {
            PyArgs.Range("count", a, k, 1, 1);
            var span = Self(s).Span;
            var sub = Needle(a[0]);
            if (sub.Length == 0) return PyInt.Box(span.Length + 1);
            int count = 0;
            for (int i = span.IndexOf(sub); i >= 0; )
            {
                count++;
                int next = span[(i + sub.Length)..].IndexOf(sub);
                i = next < 0 ? -1 : i + sub.Length + next;
            }
            return PyInt.Box(count);
        };
        Map(t, "upper", b => b is >= (byte)'a' and <= (byte)'z' ? (byte)(b - 32) : b);
        Map(t, "lower", b => b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b);
        Map(t, "swapcase", b => b is >= (byte)'a' and <= (byte)'z' ? (byte)(b - 32) : b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b);
        Test(t, "isalpha", b => char.IsAsciiLetter((char)b));
        Test(t, "isdigit", b => char.IsAsciiDigit((char)b));
        Test(t, "isalnum", b => char.IsAsciiLetterOrDigit((char)b));
        Test(t, "isspace", b => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0b or 0x0c);
        t["isupper"] = (s, a, k) => PyBool.Box(Self(s).ToArray().Any(b => char.IsAsciiLetterUpper((char)b)) && !Self(s).ToArray().Any(b => char.IsAsciiLetterLower((char)b)));
        t["islower"] = (s, a, k) => PyBool.Box(Self(s).ToArray().Any(b => char.IsAsciiLetterLower((char)b)) && !Self(s).ToArray().Any(b => char.IsAsciiLetterUpper((char)b)));
        t["isascii"] = (s, a, k) => PyBool.Box(Self(s).Span.ToArray().All(b => b < 128));
    }

    /// <summary>bytearray's mutating methods, on top of <see cref="Register"/>.</summary>
    public static void RegisterMutable(Dictionary<string, MethodBody> t)
    {
        Register(t);
        t["append"] = (s, a, k) =>
        {
            Self(s).Append(BytesOps.ByteValue(PyArgs.One("append", a, k)));
            return PyNone.Instance;
        };
        t["extend"] = (s, a, k) =>
        {
            var arg = PyArgs.One("extend", a, k);
            Self(s).AppendRange(arg is PyBytes b ? b.ToArray() : PyIteration.Enumerate(arg).Select(BytesOps.ByteValue).ToArray());
            return PyNone.Instance;
        };
        t["pop"] = (s, a, k) =>
        {
            PyArgs.Range("pop", a, k, 0, 1);
            var self = Self(s);
            if (self.Count == 0) throw PyErrors.IndexError("pop from empty bytearray");
            long at = a.Length > 0 ? PyArgs.Index(a[0]) : -1;
            if (at < 0) at += self.Count;
            if (at < 0 || at >= self.Count) throw PyErrors.IndexError("pop index out of range");
            var value = PyInt.Box(self[(int)at]);
            BytesOps.DelItem(self, PyInt.Box(at));
            return value;
        };
        t["insert"] = (s, a, k) =>
        {
            PyArgs.Range("insert", a, k, 2, 2);
            var self = Self(s);
            long at = PyArgs.Index(a[0]);
            if (at < 0) at = Math.Max(0, at + self.Count);
            at = Math.Min(at, self.Count);
            self.Replace([.. self.Span[..(int)at], BytesOps.ByteValue(a[1]), .. self.Span[(int)at..]]);
            return PyNone.Instance;
        };
        t["clear"] = (s, a, k) =>
        {
            PyArgs.None("clear", a, k);
            Self(s).Replace([]);
            return PyNone.Instance;
        };
        t["reverse"] = (s, a, k) =>
        {
            PyArgs.None("reverse", a, k);
            var data = Self(s).ToArray();
            Array.Reverse(data);
            Self(s).Replace(data);
            return PyNone.Instance;
        };
        t["copy"] = (s, a, k) =>
        {
            PyArgs.None("copy", a, k);
            return new PyBytes(Self(s).ToArray(), mutable: true);
        };
    }

    private static PyBytes Self(object s) => (PyBytes)s;

    private static byte[] ToBytes(string latin1)
    {
        var data = new byte[latin1.Length];
        for (int i = 0; i < data.Length; i++) data[i] = (byte)latin1[i];
        return data;
    }

    private static string StrReplace(string text, string old, string @new, long count)
    {
        if (count < 0) count = long.MaxValue;
        var output = new StringBuilder();
        int i = 0, done = 0;
        if (old.Length == 0)
        {
            for (; i <= text.Length; i++)
            {
                if (done < count) { output.Append(@new); done++; }
                if (i < text.Length) output.Append(text[i]);
            }
            return output.ToString();
        }
        while (done < count)
        {
            int at = text.IndexOf(old, i, StringComparison.Ordinal);
            if (at < 0) break;
            output.Append(text, i, at - i).Append(@new);
            i = at + old.Length;
            done++;
        }
        return output.Append(text, i, text.Length - i).ToString();
    }

    // A needle: bytes-like, or an int for find/index/count.
    private static byte[] Needle(object value) =>
        value is PyBytes b ? b.ToArray() : PyInt.IsInt(value) ? [BytesOps.ByteValue(value)] : BytesOps.Bytes(value);

    private static object Split(PyBytes self, object[] a, string[]? k, bool fromRight)
    {
        string name = fromRight ? "rsplit" : "split";
        PyArgs.AllowKeywordsUnexpected(name, k, "sep", "maxsplit");
        int n = PyArgs.Positional(a, k);
        var sep = n > 0 ? a[0] : PyArgs.Keyword(a, k, "sep") ?? PyNone.Instance;
        long max = PyArgs.Index(n > 1 ? a[1] : PyArgs.Keyword(a, k, "maxsplit") ?? PyInt.Box(-1));
        var text = BytesOps.Latin1(self.Span);
        var args = new List<object>();
        if (sep is not PyNone)
        {
            var separator = BytesOps.Latin1(BytesOps.Bytes(sep));
            if (separator.Length == 0) throw PyErrors.ValueError("empty separator");
            args.Add(separator);
        }
        else args.Add(PyNone.Instance);
        args.Add(PyInt.Box(max));
        // The ASCII whitespace and the separator rules are str's; run str.split on the Latin-1 text.
        BuiltinMethods.TryGetBody("", name, out var body);
        var parts = (PyList)body!(text, [.. args], null);
        return new PyList(parts.Items.Select(p => (object)self.Like(ToBytes((string)p))).ToList());
    }

    private static object Strip(PyBytes self, object[] a, string[]? k, string name, bool left, bool right)
    {
        PyArgs.Range(name, a, k, 0, 1);
        var chars = a.Length > 0 && a[0] is not PyNone ? BytesOps.Bytes(a[0]) : " \t\n\r\x0b\x0c"u8.ToArray();
        var span = self.Span;
        int start = 0, end = span.Length;
        if (left) while (start < end && Array.IndexOf(chars, span[start]) >= 0) start++;
        if (right) while (end > start && Array.IndexOf(chars, span[end - 1]) >= 0) end--;
        return self.Like(span[start..end].ToArray());
    }

    private static object Affix(PyBytes self, object[] a, string[]? k, string name, bool atStart)
    {
        PyArgs.Range(name, a, k, 1, 3);
        var span = self.Span;
        int start = a.Length > 1 ? Clamp(a[1], span.Length) : 0;
        int end = a.Length > 2 ? Clamp(a[2], span.Length) : span.Length;
        var window = start <= end ? span[start..end] : [];
        IEnumerable<object> candidates = a[0] is PyTuple tuple ? tuple.Items : [a[0]];
        foreach (var candidate in candidates)
        {
            if (candidate is not PyBytes affix)
                throw PyErrors.TypeError($"{name} first arg must be bytes or a tuple of bytes, not {PyTypes.TypeName(candidate)}");
            if (start > span.Length) continue;
            if (atStart ? window.StartsWith(affix.Span) : window.EndsWith(affix.Span)) return PyBool.True;
        }
        return PyBool.False;
    }

    private static int Clamp(object index, int length)
    {
        if (index is PyNone) return length;
        long i = PyArgs.SliceIndex(index);
        if (i < 0) i = Math.Max(0, i + length);
        return (int)Math.Min(i, length);
    }

    private static int Find(PyBytes self, object[] a, string[]? k, string name, bool fromRight)
    {
        PyArgs.Range(name, a, k, 1, 3);
        var span = self.Span;
        int start = a.Length > 1 && a[1] is not PyNone ? Clamp(a[1], span.Length) : 0;
        int end = a.Length > 2 ? Clamp(a[2], span.Length) : span.Length;
        if (start > end) return -1;
        var needle = Needle(a[0]);
        int at = fromRight ? span[start..end].LastIndexOf(needle) : span[start..end].IndexOf(needle);
        return at < 0 ? -1 : at + start;
    }

    private static object Index(PyBytes self, object[] a, string[]? k, string name, bool fromRight)
    {
        int at = Find(self, a, k, name, fromRight);
        return at >= 0 ? PyInt.Box(at) : throw PyErrors.ValueError("subsection not found");
    }

    private static void Map(Dictionary<string, MethodBody> t, string name, Func<byte, byte> map) =>
        t[name] = (s, a, k) =>
        {
            PyArgs.None(name, a, k);
            return Self(s).Like(Self(s).Span.ToArray().Select(map).ToArray());
        };

    private static void Test(Dictionary<string, MethodBody> t, string name, Func<byte, bool> test) =>
        t[name] = (s, a, k) =>
        {
            PyArgs.None(name, a, k);
            var span = Self(s).Span;
            return PyBool.Box(span.Length > 0 && span.ToArray().All(test));
        };
}
