using System.Reflection;

namespace DlrClosures.Runtime.Interop;

/// <summary>
/// The overloads of a .NET method, bound to their object (<c>lst.Add</c>) or static
/// (<c>Math.Max</c>), or a delegate's Invoke bound to the delegate: calling it resolves the overload
/// by the arguments (<see cref="ClrOverloads"/>). Python sees a <c>builtin_function_or_method</c>.
/// </summary>
internal sealed class ClrMethodGroup(string name, IReadOnlyList<MethodBase> overloads, object? target) : PyCallable
{
    /// <summary><c>Type.Method</c>, as messages name it.</summary>
    public string Name { get; } = name;

    /// <summary>The object the methods are bound to; null for static methods.</summary>
    public object? Target { get; } = target;

    /// <summary>A delegate as a callable: its Invoke method bound to it.</summary>
    public static ClrMethodGroup ForDelegate(Delegate target)
    {
        var type = target.GetType();
        return new ClrMethodGroup(ClrTypeNames.Name(type), [type.GetMethod("Invoke")!], target);
    }

    public override object Call(object[] args) => ClrOverloads.Invoke(Name, overloads, Target, args, null);

    public override object Call(object[] args, string[] kwNames) => ClrOverloads.Invoke(Name, overloads, Target, args, kwNames);
}
