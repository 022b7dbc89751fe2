using System.Text;
using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Io;

/// <summary>
/// What <c>open()</c> returns (Modules/_io): a text file (<c>_io.TextIOWrapper</c>: str in and out,
/// UTF-8 unless an encoding is given, universal newlines when reading) or a binary one
/// (<c>_io.BufferedReader</c> / <c>BufferedWriter</c> / <c>BufferedRandom</c>: bytes). It is its
/// own iterator over lines, and a context manager that closes it on exit.
/// </summary>
internal sealed class PyFile : PyIterator, IPyAttributes
{
    private readonly FileStream _stream;
    private readonly Encoding? _encoding;
    private readonly string? _newline;
    private readonly bool _readable;
    private readonly bool _writable;
    private StreamReader? _reader;

    public PyFile(FileStream stream, string name, string mode, bool binary, bool readable, bool writable, Encoding? encoding, string encodingName, string? newline)
    {
        _stream = stream;
        Name = name;
        Mode = mode;
        IsBinary = binary;
        _readable = readable;
        _writable = writable;
        _encoding = encoding;
        EncodingName = encodingName;
        _newline = newline;
    }

    public string Name { get; }

    public string Mode { get; }

    public bool IsBinary { get; }

    public string EncodingName { get; }

    public bool Closed { get; private set; }

    public override string TypeName => !IsBinary ? "_io.TextIOWrapper"
        : _readable && _writable ? "_io.BufferedRandom" : _readable ? "_io.BufferedReader" : "_io.BufferedWriter";

    public string Repr() => IsBinary
        ? $"<{TypeName} name={StrRepr.Repr(Name)}>"
        : $"<{TypeName} name={StrRepr.Repr(Name)} mode={StrRepr.Repr(Mode)} encoding={StrRepr.Repr(EncodingName)}>";

    public override bool MoveNext(out object value)
    {
        value = ReadLine(-1);
        return value is string s ? s.Length > 0 : ((PyBytes)value).Count > 0;
    }

    public bool TryGetAttribute(string name, out object value)
    {
        value = name switch
        {
            "closed" => PyBool.Box(Closed),
            "name" => Name,
            "mode" => Mode,
            "encoding" when !IsBinary => EncodingName,
            _ => PyUnbound.Instance,
        };
        if (value is not PyUnbound) return true;
        if (Method(name) is { } body)
        {
            value = new PyBuiltinFunction(name, body, this, null);
            return true;
        }
        return false;
    }

    public bool TrySetAttribute(string name, object value) => false;

    private Func<object[], string[]?, object>? Method(string name) => name switch
    {
        "read" => (a, k) => Read(SizeArgument("read", a, k)),
        "readline" => (a, k) => ReadLine(SizeArgument("readline", a, k)),
        "readlines" => (a, k) =>
        {
            PyArgs.Range("readlines", a, k, 0, 1);
            var lines = new List<object>();
            while (MoveNext(out var line)) lines.Add(line);
            return new PyList(lines);
        },
        "write" => (a, k) => Write(PyArgs.One("write", a, k)),
        "writelines" => (a, k) =>
        {
            foreach (var line in PyIteration.Enumerate(PyArgs.One("writelines", a, k))) Write(line);
            return PyNone.Instance;
        },
        "close" => (a, k) =>
        {
            PyArgs.None("close", a, k);
            Close();
            return PyNone.Instance;
        },
        "flush" => (a, k) =>
        {
            PyArgs.None("flush", a, k);
            EnsureOpen();
            _stream.Flush();
            return PyNone.Instance;
        },
        "readable" => (a, k) => PyBool.Box(EnsureOpen() && _readable),
        "writable" => (a, k) => PyBool.Box(EnsureOpen() && _writable),
        "seekable" => (a, k) => PyBool.Box(EnsureOpen()),
        "tell" => (a, k) =>
        {
            EnsureOpen();
            return PyInt.Box(_stream.Position);
        },
        "seek" => (a, k) =>
        {
            PyArgs.Range("seek", a, k, 1, 2);
            EnsureOpen();
            long offset = PyArgs.Index(a[0]);
            var origin = a.Length > 1 ? PyArgs.Index(a[1]) switch
            {
                0 => SeekOrigin.Begin,
                1 => SeekOrigin.Current,
                2 => SeekOrigin.End,
                var w => throw PyErrors.ValueError($"invalid whence ({w}, should be 0, 1 or 2)"),
            } : SeekOrigin.Begin;
            _reader = null;
            return PyInt.Box(_stream.Seek(offset, origin));
        },
        "__enter__" => (a, k) =>
        {
            EnsureOpen();
            return this;
        },
        "__exit__" => (a, k) =>
        {
            Close();
            return PyNone.Instance;
        },
        "__iter__" => (a, k) =>
        {
            EnsureOpen();
            return this;
        },
        "__next__" => (a, k) => MoveNext(out var line) ? line : throw PyErrors.StopIteration(),
        _ => null,
    };

    public void Close()
    {
        if (Closed) return;
        Closed = true;
        _stream.Dispose();
    }

    private bool EnsureOpen() => Closed ? throw PyErrors.ValueError("I/O operation on closed file.") : true;

    private static long SizeArgument(string name, object[] a, string[]? k)
    {
        PyArgs.Range(name, a, k, 0, 1);
        return a.Length == 0 || a[0] is PyNone ? -1 : PyArgs.Index(a[0]);
    }

    private void EnsureReadable()
    {
        EnsureOpen();
        if (!_readable) throw new PyException(PyExceptionType.OSError, "not readable");
    }

    private StreamReader Reader => _reader ??= new StreamReader(_stream, _encoding!, detectEncodingFromByteOrderMarks: false, bufferSize: 4096, leaveOpen: true);

    private object Read(long size)
    {
        EnsureReadable();
        if (IsBinary)
        {
            if (size < 0)
            {
                var rest = new MemoryStream();
                _stream.CopyTo(rest);
                return new PyBytes(rest.ToArray());
            }
            var buffer = new byte[size];
            int total = 0;
            while (total < size)
            {
                int n = _stream.Read(buffer, total, (int)size - total);
                if (n == 0) break;
                total += n;
            }
            return new PyBytes(buffer[..total]);
        }
        var text = new StringBuilder();
        while (size < 0 || text.Length < size)
        {
            int c = ReadChar();
            if (c < 0) break;
            text.Append((char)c);
        }
        return text.ToString();
    }

    // One character with newline translation: with newline=None, "\r\n" and "\r" read as "\n".
    private int ReadChar()
    {
        int c = Reader.Read();
        if (c == '\r' && _newline is null)
        {
            if (Reader.Peek() == '\n') Reader.Read();
            return '\n';
        }
        return c;
    }

    private object ReadLine(long size)
    {
        EnsureReadable();
        if (IsBinary)
        {
            var line = new List<byte>();
            while (size < 0 || line.Count < size)
            {
                int b = _stream.ReadByte();
                if (b < 0) break;
                line.Add((byte)b);
                if (b == '\n') break;
            }
            return new PyBytes([.. line]);
        }
        var text = new StringBuilder();
        while (size < 0 || text.Length < size)
        {
            int c = ReadChar();
            if (c < 0) break;
            text.Append((char)c);
            if (c == '\n') break;
            // newline='': a line also ends at a lone "\r" or at "\r\n", kept as written.
            if (c == '\r' && _newline == "")
            {
                if (Reader.Peek() == '\n') text.Append((char)Reader.Read());
                break;
            }
        }
        return text.ToString();
    }

    private object Write(object value)
    {
        EnsureOpen();
        if (!_writable) throw new PyException(PyExceptionType.OSError, "not writable");
        if (IsBinary)
        {
            var data = value as PyBytes ?? throw PyErrors.TypeError($"a bytes-like object is required, not '{PyTypes.TypeName(value)}'");
            _stream.Write(data.Span);
            return PyInt.Box(data.Count);
        }
        var text = value as string ?? throw PyErrors.TypeError($"write() argument must be str, not {PyTypes.TypeName(value)}");
        var written = _newline is null or "" or "\n" ? text.Replace("\n", _newline is null ? Environment.NewLine : "\n") : text.Replace("\n", _newline);
        var bytes = _encoding!.GetBytes(written);
        Limits.PyLimits.ReserveMemory(bytes.Length);
        _stream.Write(bytes);
        return PyInt.Box(text.Length);
    }
}
