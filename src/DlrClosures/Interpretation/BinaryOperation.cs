using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Binders;

namespace DlrClosures.Interpretation;

/// <summary>
/// One node's binary operation: the binder's inline int rule when both operands are ints that fit a
/// long (<see cref="IntRules"/>), else the node's own call site over <see cref="PyBinaryOperationBinder"/>,
/// which caches the rules for the other operand types the node sees. Shared by <c>a op b</c> and every
/// form of <c>target op= value</c>.
/// </summary>
internal sealed class BinaryOperation(PyBinaryOp operation)
{
    private readonly CallSite<Func<CallSite, object, object, object>> _site =
        CallSite<Func<CallSite, object, object, object>>.Create(PyBinaryOperationBinder.Get(operation));
    private readonly bool _intRule = IntRules.Covers(operation);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public object Apply(object a, object b) =>
        _intRule && a is long x && b is long y ? IntRules.Apply(operation, x, y) : _site.Target(_site, a, b);
}
