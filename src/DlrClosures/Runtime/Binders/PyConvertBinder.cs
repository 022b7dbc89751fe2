using System.Collections.Concurrent;
using System.Dynamic;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Runtime.Binders;

/// <summary>
/// Converts a Python value to a .NET type for a host: <c>scope.GetVariable&lt;Func&lt;int, int&gt;&gt;("f")</c>
/// binds here, and a Python function becomes a delegate that runs its compiled code.
/// </summary>
internal sealed class PyConvertBinder : ConvertBinder
{
    private static readonly ConcurrentDictionary<Type, PyConvertBinder> s_binders = new();

    private PyConvertBinder(Type type) : base(type, @explicit: true) { }

    public static PyConvertBinder Get(Type type) => s_binders.GetOrAdd(type, t => new PyConvertBinder(t));

    public override DynamicMetaObject FallbackConvert(DynamicMetaObject target, DynamicMetaObject? errorSuggestion)
    {
        // As object, a value takes the host-facing form (an int as int, long or BigInteger; None as null).
        Linq.Expression body = Type != typeof(object) && Type.IsAssignableFrom(target.LimitType) && target.LimitType != typeof(PyNone) && target.LimitType != typeof(bool)
            ? Linq.Expression.Convert(target.Expression, Type)
            : Linq.Expression.Convert(
                Linq.Expression.Call(typeof(PyConversions).GetMethod(nameof(PyConversions.ToClr))!,
                    BinderHelpers.AsObject(target), Linq.Expression.Constant(Type, typeof(Type))),
                Type);
        return new DynamicMetaObject(body, BinderHelpers.TypeRestriction(target));
    }
}
