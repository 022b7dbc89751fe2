namespace DlrClosures.Runtime;

/// <summary>
/// Anything Python can call: functions, builtins, bound methods, classes. The arity-specialised
/// entry points exist so that calls with a few positional arguments allocate no argument array;
/// a subclass overrides the ones it can serve faster than the array path.
/// </summary>
internal abstract class PyCallable : System.Dynamic.IDynamicMetaObjectProvider
{
    /// <summary>The meta-object that lets C# <c>dynamic</c> and other DLR languages call this object and read its attributes.</summary>
    public System.Dynamic.DynamicMetaObject GetMetaObject(System.Linq.Expressions.Expression parameter) =>
        new Interop.PyMetaObject(parameter, this);

    /// <summary>Calls with positional arguments only.</summary>
    public abstract object Call(object[] args);

    /// <summary>
    /// Calls with keyword arguments: the last <c>kwNames.Length</c> entries of <paramref name="args"/>
    /// are the values of the keywords named in <paramref name="kwNames"/>, in order.
    /// </summary>
    public abstract object Call(object[] args, string[] kwNames);

    public virtual object Call0() => Call([]);
    public virtual object Call1(object a0) => Call([a0]);
    public virtual object Call2(object a0, object a1) => Call([a0, a1]);
    public virtual object Call3(object a0, object a1, object a2) => Call([a0, a1, a2]);
}
