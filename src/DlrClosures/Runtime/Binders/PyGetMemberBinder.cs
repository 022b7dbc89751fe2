using System.Collections.Concurrent;
using System.Dynamic;
using DlrClosures.Runtime.Operations;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Runtime.Binders;

/// <summary>Binds <c>obj.name</c> reads; the rule is per receiver type and defers to <see cref="PyAttributes.GetAttr"/>.</summary>
public sealed class PyGetMemberBinder : GetMemberBinder
{
    private static readonly ConcurrentDictionary<string, PyGetMemberBinder> s_binders = new(StringComparer.Ordinal);

    private PyGetMemberBinder(string name) : base(name, ignoreCase: false) { }

    public static PyGetMemberBinder Get(string name) => s_binders.GetOrAdd(name, n => new PyGetMemberBinder(n));

    public override DynamicMetaObject FallbackGetMember(DynamicMetaObject target, DynamicMetaObject? errorSuggestion)
    {
        var body = Linq.Expression.Call(typeof(PyAttributes).GetMethod(nameof(PyAttributes.GetAttr))!,
            BinderHelpers.AsObject(target), Linq.Expression.Constant(Name));
        return new DynamicMetaObject(body, BinderHelpers.TypeRestriction(target));
    }
}
