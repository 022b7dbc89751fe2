namespace DlrClosures.Runtime.Methods;

/// <summary>
/// Methods of built-in types that a call <c>obj.name(a, b)</c> reaches without a bound method: when
/// the receiver's exact type is <see cref="FastMethod.Receiver"/>, both back ends call
/// <see cref="FastMethod.Body"/> with the receiver and the arguments, and allocate neither the
/// bound method (<c>PyBuiltinFunction</c>) nor an argument array, nor check the argument count at
/// run time (the table is keyed by it). CPython 3.11 specialises the same calls
/// (LOAD_METHOD then CALL's PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST and PRECALL_NO_KW_LIST_APPEND).
/// </summary>
/// <remarks>
/// A built-in type's attributes cannot change and its instances have none of their own, so for such
/// a receiver the method lookup has no effect and no other outcome: skipping it keeps CPython's
/// order (the method is looked up before the arguments are evaluated) for every other receiver,
/// which takes the ordinary path. Each body is the one the type's method table calls.
/// </remarks>
internal static class FastMethods
{
    private static readonly Dictionary<(string Name, int Arity), FastMethod> s_table = new()
    {
        [("get", 1)] = new(typeof(PyDict), (Func<object, object, object>)DictMethods.Get)
        {
            PairKeyBody = (Func<object, object, object, object>)DictMethods.GetPair,
        },
        [("get", 2)] = new(typeof(PyDict), (Func<object, object, object, object>)DictMethods.Get)
        {
            PairKeyBody = (Func<object, object, object, object, object>)DictMethods.GetPair,
        },
        [("setdefault", 1)] = new(typeof(PyDict), (Func<object, object, object>)DictMethods.SetDefault),
        [("setdefault", 2)] = new(typeof(PyDict), (Func<object, object, object, object>)DictMethods.SetDefault),
        [("pop", 1)] = new(typeof(PyDict), (Func<object, object, object>)DictMethods.Pop),
        [("pop", 2)] = new(typeof(PyDict), (Func<object, object, object, object>)DictMethods.Pop),
        [("popitem", 0)] = new(typeof(PyDict), (Func<object, object>)DictMethods.PopItem),
        [("append", 1)] = new(typeof(PyList), (Func<object, object, object>)ListMethods.Append),
    };

    /// <summary>The fast method for <c>.name(...)</c> with <paramref name="arity"/> positional arguments, if there is one.</summary>
    public static FastMethod? Find(string name, int arity) => s_table.GetValueOrDefault((name, arity));
}

/// <summary>
/// A method body taking the receiver (an instance of exactly <paramref name="Receiver"/>) and the
/// positional arguments: a <c>Func&lt;object, ..., object&gt;</c> over a static method.
/// </summary>
internal sealed record FastMethod(Type Receiver, Delegate Body)
{
    /// <summary>
    /// For a call whose first argument is a two-item tuple display (<c>d.get((x, y), 0)</c>): the same
    /// method taking the two items in place of the tuple, which it never makes when the method stores
    /// nothing (a lookup's key is garbage the moment it returns). Null when there is none.
    /// </summary>
    public Delegate? PairKeyBody { get; init; }
}
