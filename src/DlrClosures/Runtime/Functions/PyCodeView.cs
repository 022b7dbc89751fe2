namespace DlrClosures.Runtime.Functions;

/// <summary>What Python code sees of a <see cref="PyCode"/> through <c>f.__code__</c>.</summary>
internal sealed class PyCodeView : IPyAttributes
{
    public PyCodeView(PyCode code) => Code = code;

    public PyCode Code { get; }

    /// <inheritdoc/>
    public bool TryGetAttribute(string name, out object value)
    {
        var names = Code.Names;
        value = name switch
        {
            "co_name" => names.Name,
            "co_qualname" => names.QualifiedName,
            "co_varnames" => Tuple(names.VarNames),
            "co_freevars" => Tuple(names.FreeVars),
            "co_cellvars" => Tuple(names.CellVars),
            "co_argcount" => PyInt.Box(Code.Signature.ArgCount),
            "co_kwonlyargcount" => PyInt.Box(Code.Signature.KwOnly.Length),
            "co_posonlyargcount" => PyInt.Box(0),
            "co_nlocals" => PyInt.Box(names.VarNames.Length),
            "co_filename" => Code.Source.Path,
            "co_firstlineno" => PyInt.Box(Code.FirstLine),
            _ => PyUnbound.Instance,
        };
        return value is not PyUnbound;
    }

    /// <inheritdoc/>
    public bool TrySetAttribute(string name, object value) => false;

    private static PyTuple Tuple(string[] names) => new(names.Cast<object>().ToArray());

    /// <inheritdoc/>
    public override string ToString() => Code.ToString();
}
