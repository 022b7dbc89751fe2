using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Functions;

namespace DlrClosures.Runtime;

/// <summary>
/// A module's global namespace. Each name lives in its own <see cref="StrongBox{T}"/>, the same kind
/// of cell a closure uses, so compiled code resolves a global once per code object and namespace
/// and afterwards reads and writes the box directly. An unassigned or deleted name holds
/// <see cref="PyUnbound.Instance"/>.
/// <para>The name table is locked: a module's functions, called on several threads at once
/// (delegates a host calls from its own threads), resolve their globals on first call, and that
/// may add cells. The cells themselves are read and written without a lock, as CPython's
/// namespaces are shared between threads.</para>
/// </summary>
internal sealed class PyGlobals
{
    private readonly Dictionary<string, StrongBox<object>> _cells = new(StringComparer.Ordinal);

    /// <summary>The runtime this module belongs to: its output and recursion limit; null for a bare namespace.</summary>
    public PyRuntimeContext? Context { get; init; }

    /// <summary>The cell of <paramref name="name"/>, created unbound when the name has none yet.</summary>
    public StrongBox<object> GetCell(string name)
    {
        lock (_cells)
        {
            if (!_cells.TryGetValue(name, out var cell))
            {
                cell = new StrongBox<object>(PyUnbound.Instance);
                _cells.Add(name, cell);
            }
            return cell;
        }
    }

    /// <summary>The value bound to <paramref name="name"/>, if any.</summary>
    public bool TryGetValue(string name, out object value)
    {
        if (TryGetCell(name, out var cell) && cell.Value is not PyUnbound)
        {
            value = cell.Value!;
            return true;
        }
        value = PyUnbound.Instance;
        return false;
    }

    /// <summary>Binds <paramref name="name"/>.</summary>
    public void SetValue(string name, object value) => GetCell(name).Value = value;

    /// <summary>Unbinds <paramref name="name"/>; false when it was not bound.</summary>
    public bool Remove(string name)
    {
        if (!TryGetCell(name, out var cell) || cell.Value is PyUnbound) return false;
        cell.Value = PyUnbound.Instance;
        return true;
    }

    private bool TryGetCell(string name, out StrongBox<object> cell)
    {
        lock (_cells) return _cells.TryGetValue(name, out cell!);
    }

    /// <summary>The module's <c>__name__</c> (what classes and functions defined in it take as <c>__module__</c>); <c>"__main__"</c> when unbound.</summary>
    public string ModuleName => TryGetValue("__name__", out var name) && name is string s ? s : "__main__";

    /// <summary>True when <paramref name="name"/> is bound.</summary>
    public bool Contains(string name) => TryGetValue(name, out _);

    /// <summary>The bound names, in the order they were first bound.</summary>
    public IEnumerable<string> Names
    {
        get
        {
            KeyValuePair<string, StrongBox<object>>[] snapshot;
            lock (_cells) snapshot = [.. _cells];
            foreach (var (name, cell) in snapshot)
                if (cell.Value is not PyUnbound) yield return name;
        }
    }

    private PyDict? _dict;

    /// <summary>The dict <see cref="AsDict"/> made, if it was ever asked for; null otherwise.</summary>
    internal PyDict? AsDictIfMade() => _dict;

    /// <summary>
    /// The module's namespace as a dict, for <c>globals()</c>, <c>vars(module)</c> and the namespace
    /// <c>exec</c> and <c>eval</c> run in. The same dict each time, brought up to date from the cells
    /// on each call; a store or deletion through the dict reaches the cell at once. The cells stay
    /// the storage code reads (compiled code holds them), so a dict kept from an earlier
    /// <c>globals()</c> call does not see later assignments until the next call.
    /// </summary>
    public PyDict AsDict()
    {
        if (_dict is null)
        {
            _dict = new PyDict();
            s_namespaces.AddOrUpdate(_dict, this);
        }
        var dict = _dict;
        dict.WriteThrough = null;
        try
        {
            foreach (var key in dict.Keys.ToList())
                if (key is string s && !Contains(s)) dict.Remove(key);
            foreach (var name in Names)
                if (TryGetValue(name, out var value)) dict[name] = value;
        }
        finally
        {
            dict.WriteThrough = WriteThrough;
        }
        return dict;
    }

    /// <summary>
    /// A namespace whose dict is <paramref name="dict"/> (exec and eval with a globals dict): the
    /// cells start from its string keys, and the dict follows the cells as <see cref="AsDict"/> describes.
    /// </summary>
    public static PyGlobals ForDict(PyDict dict, PyRuntimeContext? context)
    {
        if (s_namespaces.TryGetValue(dict, out var existing)) return existing;
        var globals = new PyGlobals { Context = context, _dict = dict };
        foreach (var (key, value) in dict.Entries)
            if (key is string name) globals.SetValue(name, value);
        dict.WriteThrough = globals.WriteThrough;
        s_namespaces.AddOrUpdate(dict, globals);
        return globals;
    }

    /// <summary>The namespace whose <see cref="AsDict"/> a dict is, so exec(code, globals()) runs in the module itself.</summary>
    private static readonly ConditionalWeakTable<PyDict, PyGlobals> s_namespaces = new();

    private void WriteThrough(object key, object? value)
    {
        if (key is not string name) return;
        if (value is null) Remove(name);
        else SetValue(name, value);
    }

    /// <summary>
    /// The slow path of a global read: the module did not bind <paramref name="name"/>, so the
    /// builtins are asked (CPython's LOAD_GLOBAL order), then the running runtime's shared namespace
    /// (<see cref="PyRuntimeContext.HostGlobals"/>, asked last so that a builtin's read costs no more
    /// and a host's name never changes what a builtin means), else NameError.
    /// </summary>
    /// <remarks>A namespace that never bound <c>__name__</c> is a main module the host runs: its
    /// <c>__name__</c> reads as <c>"__main__"</c>, so <c>if __name__ == "__main__":</c> holds in it.</remarks>
    public static object LoadBuiltin(string name) =>
        PyBuiltins.TryGetValue(name, out var value)
        || (PyContext.Current?.HostGlobals is { } shared && shared.TryGetValue(name, out value))
            ? value
            : name == "__name__" ? "__main__"
            : throw PyErrors.NameError(FunctionMessages.NameNotDefined(name), name);
}
