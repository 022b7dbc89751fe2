using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Builtins;

/// <summary>bytes() and bytearray() (bytes_new, bytearray___init__): from nothing, a size, a str and an encoding, or an iterable of ints.</summary>
internal static class BytesConstructors
{
    public static object Bytes(object[] args, string[]? kw) => new PyBytes(Content("bytes", args, kw));

    public static object ByteArray(object[] args, string[]? kw) => new PyBytes(Content("bytearray", args, kw), mutable: true);

    private static byte[] Content(string name, object[] args, string[]? kw)
    {
        PyArgs.AllowKeywordsUnexpected(name, kw, "source", "encoding", "errors");
        int n = PyArgs.Positional(args, kw);
        if (n > 3) throw PyErrors.TypeError(PyMessages.TakesPositionalArguments(name, 3, n));
        var source = n > 0 ? args[0] : PyArgs.Keyword(args, kw, "source");
        var encoding = n > 1 ? args[1] : PyArgs.Keyword(args, kw, "encoding");
        var errors = n > 2 ? args[2] : PyArgs.Keyword(args, kw, "errors");
        if (source is null) return encoding is null ? [] : throw PyErrors.TypeError("encoding without a string argument");
        if (source is string text)
        {
            if (encoding is null) throw PyErrors.TypeError("string argument without an encoding");
            return Codecs.Encode(text, PyArgs.Str(encoding), errors is null ? "strict" : PyArgs.Str(errors));
        }
        if (encoding is not null) throw PyErrors.TypeError("encoding without a string argument");
        if (errors is not null) throw PyErrors.TypeError("errors without a string argument");
        switch (source)
        {
            case PyBytes bytes: return bytes.ToArray();
            case long or System.Numerics.BigInteger or bool:
                long size = PyArgs.Index(source);
                if (size < 0) throw PyErrors.ValueError("negative count");
                Limits.PyLimits.ReserveMemory(size);
                return new byte[size];
        }
        if (PyIteration.TryGetIterator(source) is null)
            throw PyErrors.TypeError($"cannot convert '{PyTypes.TypeName(source)}' object to {name}");
        return PyIteration.Enumerate(source).Select(v => BytesOps.ByteValue(v, name == "bytes" ? "bytes" : "byte")).ToArray();
    }
}
