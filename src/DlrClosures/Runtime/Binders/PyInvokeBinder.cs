using System.Dynamic;
using DlrClosures.Runtime.Operations;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Runtime.Binders;

/// <summary>
/// Binds a call <c>f(a, b, k=v)</c>. For any <see cref="PyCallable"/> the rule is restricted to the
/// callable's exact type only, not to the particular function, so a site that calls many closures of
/// one <c>def</c> (or many different functions) keeps one rule. Positional calls of up to three
/// arguments go through <see cref="PyCallable.Call1"/>..<see cref="PyCallable.Call3"/>, which a
/// function answers by invoking its arity-specialised delegate: no argument array is allocated.
/// </summary>
internal sealed class PyInvokeBinder : InvokeBinder
{
    private static readonly BinderTable<(int, string), PyInvokeBinder> s_binders = new();

    private PyInvokeBinder(CallInfo callInfo) : base(callInfo) { }

    /// <summary>The shared binder for a call with <paramref name="argumentCount"/> arguments, the last of which are named by <paramref name="keywordNames"/>.</summary>
    public static PyInvokeBinder Get(int argumentCount, IReadOnlyList<string> keywordNames) =>
        s_binders.Get((argumentCount, string.Join("\0", keywordNames)),
            _ => new PyInvokeBinder(new CallInfo(argumentCount, keywordNames)));

    public override DynamicMetaObject FallbackInvoke(DynamicMetaObject target, DynamicMetaObject[] args, DynamicMetaObject? errorSuggestion)
    {
        if (errorSuggestion is not null && Interop.ClrObjects.IsForeignDynamic(target.Value)) return BinderHelpers.FromForeign(errorSuggestion);
        var restrictions = BinderHelpers.TypeRestriction(target);
        var arguments = args.Select(BinderHelpers.AsObject).ToArray();
        Linq.Expression body;
        if (typeof(PyCallable).IsAssignableFrom(target.LimitType))
        {
            var callable = BinderHelpers.AsLimitType(target);
            if (CallInfo.ArgumentNames.Count > 0)
                body = Linq.Expression.Call(callable, nameof(PyCallable.Call), null,
                    Linq.Expression.NewArrayInit(typeof(object), arguments),
                    Linq.Expression.Constant(CallInfo.ArgumentNames.ToArray()));
            else if (arguments.Length <= 3)
                body = Linq.Expression.Call(callable, "Call" + arguments.Length, null, arguments);
            else
                body = Linq.Expression.Call(callable, nameof(PyCallable.Call), null,
                    Linq.Expression.NewArrayInit(typeof(object), arguments));
        }
        else if (typeof(Delegate).IsAssignableFrom(target.LimitType))
        {
            // A host's delegate: its parameters are converted from the Python arguments.
            body = Linq.Expression.Call(typeof(Interop.ClrObjects).GetMethod(nameof(Interop.ClrObjects.CallDelegate))!,
                Linq.Expression.Convert(target.Expression, typeof(Delegate)), Linq.Expression.NewArrayInit(typeof(object), arguments),
                Linq.Expression.Constant(CallInfo.ArgumentNames.ToArray()));
        }
        else if (Interop.ClrObjects.IsForeignDynamic(target.Value))
        {
            // A dynamic object that declined the call: not callable (PyCalls.Call would come back here).
            body = Linq.Expression.Call(typeof(Interop.ClrObjects).GetMethod(nameof(Interop.ClrObjects.NotCallable))!, BinderHelpers.AsObject(target));
        }
        else
        {
            // Not callable (or a foreign object): the runtime raises CPython's TypeError.
            body = Linq.Expression.Call(typeof(PyCalls).GetMethod(nameof(PyCalls.Call), [typeof(object), typeof(object[]), typeof(string[])])!,
                BinderHelpers.AsObject(target), Linq.Expression.NewArrayInit(typeof(object), arguments),
                Linq.Expression.Constant(CallInfo.ArgumentNames.ToArray()));
        }
        return new DynamicMetaObject(body, restrictions);
    }
}
