using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Binders;

namespace DlrClosures.Interpretation;

/// <summary>
/// One node's binary operation: when the bound node says the int rule applies, the binder's
/// (int, int) rule inline for two ints that fit a long (<see cref="PyIntRules"/>); else, and for every
/// other operand pair, the node's own call site over <see cref="PyBinaryOperationBinder"/>, which
/// caches the rules for the operand types the node sees.
/// </summary>
internal sealed class BinaryOperation
{
    private readonly PyBinaryOp _operation;
    private readonly bool _intRule;
    private readonly CallSite<Func<CallSite, object, object, object>> _site;

    public BinaryOperation(PyBinaryOp operation, bool intRule)
    {
        _operation = operation;
        _intRule = intRule && PyIntRules.Has(operation);
        _site = CallSite<Func<CallSite, object, object, object>>.Create(PyBinaryOperationBinder.Get(operation));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public object Apply(object a, object b) =>
        _intRule && a is long x && b is long y ? PyIntRules.Apply(_operation, x, y) : _site.Target(_site, a, b);
}
