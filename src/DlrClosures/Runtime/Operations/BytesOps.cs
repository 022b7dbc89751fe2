using System.Text;
using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Operations;

/// <summary>The operators of bytes and bytearray (Objects/bytesobject.c, Objects/bytearrayobject.c): repr, comparison, +, *, in, indexing.</summary>
internal static class BytesOps
{
    /// <summary>bytes_repr / bytearray_repr: single quotes unless the bytes hold ' and no ", escapes for the rest.</summary>
    public static string Repr(PyBytes value)
    {
        var span = value.Span;
        char quote = span.IndexOf((byte)'\'') >= 0 && span.IndexOf((byte)'"') < 0 ? '"' : '\'';
        var text = new StringBuilder(span.Length + 3);
        if (value.IsMutable) text.Append("bytearray(");
        text.Append('b').Append(quote);
        foreach (byte b in span)
        {
            switch (b)
            {
                case (byte)'\\': text.Append("\\\\"); break;
                case (byte)'\t': text.Append("\\t"); break;
                case (byte)'\n': text.Append("\\n"); break;
                case (byte)'\r': text.Append("\\r"); break;
                default:
                    if (b == quote) text.Append('\\').Append(quote);
                    else if (b < 32 || b >= 127) text.Append("\\x").Append(b.ToString("x2"));
                    else text.Append((char)b);
                    break;
            }
        }
        text.Append(quote);
        if (value.IsMutable) text.Append(')');
        return text.ToString();
    }

    /// <summary>The bytes of a bytes-like argument (bytes or bytearray), else null.</summary>
    public static byte[]? TryGetBytes(object value) => value is PyBytes b ? b.ToArray() : null;

    /// <summary>A bytes-like argument, with CPython's "a bytes-like object is required, not 'str'".</summary>
    public static byte[] Bytes(object value) => TryGetBytes(value)
        ?? throw PyErrors.TypeError($"a bytes-like object is required, not '{PyTypes.TypeName(value)}'");

    public static int Compare(PyBytes a, PyBytes b) => a.Span.SequenceCompareTo(b.Span);

    public static bool Equal(PyBytes a, PyBytes b) => a.Span.SequenceEqual(b.Span);

    /// <summary>The hash of bytes: that of the str with the same code points, so b'abc' and 'abc' hash alike as in CPython.</summary>
    public static long Hash(PyBytes value)
    {
        if (value.IsMutable) throw PyErrors.TypeError(PyMessages.Unhashable("bytearray"));
        return PyHashing.HashString(Latin1(value.Span));
    }

    public static string Latin1(ReadOnlySpan<byte> span)
    {
        var chars = new char[span.Length];
        for (int i = 0; i < span.Length; i++) chars[i] = (char)span[i];
        return new string(chars);
    }

    /// <summary><c>x in b</c>: an int in 0..255 or a bytes-like subsequence.</summary>
    public static bool Contains(PyBytes container, object item)
    {
        if (item is PyBytes sub) return container.Span.IndexOf(sub.Span) >= 0;
        if (PyInt.IsInt(item) || item is Classes.PyInstance)
        {
            long v = PyArgs.Index(item);
            if (v < 0 || v > 255) throw PyErrors.ValueError("byte must be in range(0, 256)");
            return container.Span.IndexOf((byte)v) >= 0;
        }
        throw PyErrors.TypeError($"a bytes-like object is required, not '{PyTypes.TypeName(item)}'");
    }

    public static bool TryBinary(BinaryOp op, object a, object b, out object result)
    {
        result = PyNone.Instance;
        if (a is not PyBytes x) return false;
        switch (op)
        {
            case BinaryOp.Add:
                var other = TryGetBytes(b);
                if (other is null)
                    throw PyErrors.TypeError($"can't concat {PyTypes.TypeName(b)} to {PyTypes.TypeName(a)}");
                result = x.Like([.. x.Span, .. other]);
                return true;
            case BinaryOp.Multiply when PyInt.IsInt(b):
                long n = SequenceOps.RepeatCount(b);
                var data = new byte[n <= 0 ? 0 : checked((int)(x.Count * n))];
                for (int i = 0; i < data.Length; i += x.Count) x.Span.CopyTo(data.AsSpan(i));
                result = x.Like(data);
                return true;
            case BinaryOp.Remainder:
                throw PyErrors.TypeError("%-formatting of bytes is not supported by DlrClosures yet");
        }
        return false;
    }

    public static object GetItem(PyBytes bytes, object index)
    {
        if (index is PySlice slice)
        {
            var range = SliceIndices.Resolve(slice, bytes.Count);
            var data = new byte[range.Count];
            for (int i = 0; i < data.Length; i++) data[i] = bytes[range[i]];
            return bytes.Like(data);
        }
        if (!PyInt.IsInt(index) && index is not Classes.PyInstance)
            throw PyErrors.TypeError($"{(bytes.IsMutable ? "bytearray" : "byte")} indices must be integers or slices, not {PyTypes.TypeName(index)}");
        long at = PyArgs.Index(index);
        if (at < 0) at += bytes.Count;
        if (at < 0 || at >= bytes.Count)
            throw PyErrors.IndexError(bytes.IsMutable ? "bytearray index out of range" : "index out of range");
        return PyInt.Box(bytes[(int)at]);
    }

    public static void SetItem(PyBytes bytes, object index, object value)
    {
        if (!bytes.IsMutable) throw PyErrors.TypeError("'bytes' object does not support item assignment");
        if (index is PySlice slice)
        {
            var range = SliceIndices.Resolve(slice, bytes.Count);
            var replacement = value is PyBytes pb ? pb.ToArray() : PyIteration.Enumerate(value).Select(ByteValue).ToArray();
            if (range.Step != 1) throw PyErrors.ValueError("extended slice assignment on bytearray is not supported by DlrClosures yet");
            int stop = Math.Max(range.Start, range.Stop);
            bytes.Replace([.. bytes.Span[..range.Start], .. replacement, .. bytes.Span[stop..]]);
            return;
        }
        long at = PyArgs.Index(index);
        if (at < 0) at += bytes.Count;
        if (at < 0 || at >= bytes.Count) throw PyErrors.IndexError("bytearray index out of range");
        bytes.Set((int)at, ByteValue(value));
    }

    public static void DelItem(PyBytes bytes, object index)
    {
        if (!bytes.IsMutable) throw PyErrors.TypeError("'bytes' object doesn't support item deletion");
        long at = PyArgs.Index(index);
        if (at < 0) at += bytes.Count;
        if (at < 0 || at >= bytes.Count) throw PyErrors.IndexError("bytearray index out of range");
        bytes.Replace([.. bytes.Span[..(int)at], .. bytes.Span[((int)at + 1)..]]);
    }

    /// <summary>An int in range(256) (what bytearray stores), with CPython's messages.</summary>
    public static byte ByteValue(object value) => ByteValue(value, "byte");

    /// <summary>As <see cref="ByteValue(object)"/>; bytes(iterable) says "bytes must be in range(0, 256)".</summary>
    public static byte ByteValue(object value, string noun)
    {
        if (!PyInt.IsInt(value) && value is not Classes.PyInstance)
            throw PyErrors.TypeError($"'{PyTypes.TypeName(value)}' object cannot be interpreted as an integer");
        long v = PyArgs.Index(value);
        if (v < 0 || v > 255) throw PyErrors.ValueError($"{noun} must be in range(0, 256)");
        return (byte)v;
    }
}
