using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Limits;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Imports;

/// <summary>
/// <c>sys.stdout</c>, <c>sys.stderr</c> and <c>sys.stdin</c>: ordinary objects with the methods of a
/// text file (<c>write</c> returns the number of characters, <c>flush</c>, <c>readline</c>) over the
/// runtime's streams as they are when called, so a host that redirects output later is followed.
/// Writes to stdout count against the output limit, as <c>print</c>'s do.
/// </summary>
internal sealed class SysStream : IPyAttributes
{
    private readonly PyRuntimeContext _context;
    private readonly string _name;

    public SysStream(PyRuntimeContext context, string name)
    {
        _context = context;
        _name = name;
    }

    private bool Readable => _name == "<stdin>";

    public bool TryGetAttribute(string name, out object value)
    {
        value = name switch
        {
            "write" when !Readable => new PyBuiltinFunction("write", (args, kw) => Write(PyArgs.One("write", args, kw))),
            "writelines" when !Readable => new PyBuiltinFunction("writelines", (args, kw) =>
            {
                foreach (var line in PyIteration.ToList(PyArgs.One("writelines", args, kw))) Write(line);
                return PyNone.Instance;
            }),
            "flush" => new PyBuiltinFunction("flush", (args, kw) =>
            {
                PyArgs.None("flush", args, kw);
                if (!Readable) Writer.Flush();
                return PyNone.Instance;
            }),
            "readline" when Readable => new PyBuiltinFunction("readline", (args, kw) =>
            {
                PyArgs.None("readline", args, kw);
                var line = _context.In.ReadLine();
                return line is null ? "" : line + "\n";
            }),
            "read" when Readable => new PyBuiltinFunction("read", (args, kw) =>
            {
                PyArgs.None("read", args, kw);
                return _context.In.ReadToEnd();
            }),
            "isatty" => new PyBuiltinFunction("isatty", (args, kw) =>
            {
                PyArgs.None("isatty", args, kw);
                return false;
            }),
            "name" => _name,
            "encoding" => "utf-8",
            "errors" => "strict",
            "mode" => Readable ? "r" : "w",
            "closed" => false,
            _ => PyUnbound.Instance,
        };
        return value is not PyUnbound;
    }

    public bool TrySetAttribute(string name, object value) => false;

    private TextWriter Writer => _name == "<stderr>" ? _context.Error : _context.Out;

    private object Write(object text)
    {
        if (text is not string s) throw PyErrors.TypeError($"write() argument must be str, not {PyTypes.TypeName(text)}");
        if (_name == "<stdout>") PyLimits.ChargeOutput(s);
        Writer.Write(s);
        return PyInt.Box(s.Length);
    }

    /// <summary>The repr of CPython's console streams.</summary>
    public string Repr() => $"<_io.TextIOWrapper name='{_name}' mode='{(Readable ? "r" : "w")}' encoding='utf-8'>";
}
