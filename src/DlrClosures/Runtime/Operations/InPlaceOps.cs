using DlrClosures.Runtime.Classes;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Methods;

namespace DlrClosures.Runtime.Operations;

/// <summary>
/// Augmented assignment (PyNumber_InPlace* in Objects/abstract.c, binary_iop1): the left operand's
/// in-place slot first (a user class's <c>__iadd__</c>..., or the mutating operations of list, set
/// and dict), and when it is missing or returns NotImplemented the binary operator, whose error
/// then names the augmented operator (<c>+=</c>, <c>**=</c>).
/// </summary>
internal static class InPlaceOps
{
    public static object Apply(BinaryOp op, object a, object b)
    {
        // obj.Event += f / -= f: the event subscribes or unsubscribes f and is assigned back unchanged.
        if (a is Interop.ClrBoundEvent clrEvent && op is BinaryOp.Add or BinaryOp.Subtract)
            return op == BinaryOp.Add ? clrEvent.Add(b) : clrEvent.Remove(b);
        if (a is PyInstance instance)
        {
            if (instance.TryInvokeSpecial($"__i{BinaryOpInfo.MethodStem(op)}__", [b], out var result) && result is not PyNotImplemented)
                return result;
        }
        else if (TryBuiltin(op, a, b, out var result))
        {
            return result;
        }
        // PyNumber_InPlaceMultiply only falls back to the right operand's sq_repeat when the left
        // has no sequence methods at all; set, dict, range and dict views have some, but no repeat.
        if (op == BinaryOp.Multiply && a is PySet or PyDict or PyRange or PyDictView && b is string or PyList or PyTuple)
            throw PyErrors.TypeError(PyMessages.UnsupportedOperands("*=", PyTypes.TypeName(a), PyTypes.TypeName(b)));
        return PyArithmetic.Binary(op, a, b, BinaryOpInfo.InPlaceSymbol(op));
    }

    // The sq_inplace_concat / sq_inplace_repeat of list and the nb_inplace_* of set and dict.
    private static bool TryBuiltin(BinaryOp op, object a, object b, out object result)
    {
        result = a;
        switch (a)
        {
            case PyList list when op == BinaryOp.Add:
                // list_inplace_concat: any iterable, the list itself included.
                list.Items.AddRange(b is PyList source ? source.Items.ToArray() : PyIteration.ToList(b));
                return true;
            case PyList list when op == BinaryOp.Multiply && IsIndex(b):
                // list_inplace_repeat.
                long n = SequenceOps.RepeatCount(b);
                var copy = list.Items.ToArray();
                if (n <= 0) list.Items.Clear();
                else if (copy.Length > 0 && (long)copy.Length * n > int.MaxValue) throw new PyException(PyExceptionType.MemoryError, "");
                for (long i = 1; i < n; i++) list.Items.AddRange(copy);
                return true;
            case PySet { IsFrozen: false } set when b is PySet other && op is BinaryOp.Or or BinaryOp.Subtract or BinaryOp.And or BinaryOp.Xor:
                SetInPlace(op, set, other);
                return true;
            case PyDict dict when op == BinaryOp.Or:
                // dict_ior: dict_update_arg, so any mapping or iterable of pairs.
                DictMethods.Update(dict, b, [], null);
                return true;
        }
        return false;
    }

    private static bool IsIndex(object value) =>
        PyInt.IsInt(value) || (value is PyInstance instance && instance.HasSpecial("__index__"));

    // set_ior (set_update_internal), set_isub (set_difference_update_internal), set_iand
    // (set_intersection_update: the intersection's table replaces this one) and set_ixor
    // (set_symmetric_difference_update).
    private static void SetInPlace(BinaryOp op, PySet set, PySet other)
    {
        switch (op)
        {
            case BinaryOp.Or:
                set.Merge(other);
                return;
            case BinaryOp.Subtract:
                set.DifferenceUpdate(other);
                return;
            case BinaryOp.And:
                set.SwapBodies(SequenceOps.SetOperation(BinaryOp.And, set, other));
                return;
            default:
                if (ReferenceEquals(set, other)) { set.Clear(); return; }
                foreach (var item in other.Items.ToList())
                    if (!set.Discard(item)) set.Add(item);
                return;
        }
    }
}
