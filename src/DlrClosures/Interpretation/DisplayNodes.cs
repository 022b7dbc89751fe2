using DlrClosures.Binding;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Interpretation;

/// <summary>
/// Literals and displays: constants, tuples, lists, sets, dicts and f-strings. A display without
/// <c>*x</c> is built directly; with one, by the runtime's <see cref="PyDisplays"/> helpers.
/// </summary>
internal static class DisplayNodes
{
    /// <summary>A literal, already in its runtime form.</summary>
    public sealed class Constant(object value) : ExecExpr
    {
        public override object Evaluate(Frame frame) => value;
    }

    public sealed class Tuple(ExecExpr[] elements) : ExecExpr
    {
        public override object Evaluate(Frame frame) =>
            elements.Length == 0 ? PyTuple.Empty : new PyTuple(EvaluateAll(elements, frame));
    }

    public sealed class List(ExecExpr[] elements) : ExecExpr
    {
        public override object Evaluate(Frame frame)
        {
            var items = new List<object>(elements.Length);
            foreach (var element in elements) items.Add(element.Evaluate(frame));
            return new PyList(items);
        }
    }

    public sealed class Set(ExecExpr[] elements) : ExecExpr
    {
        private readonly bool[] _notStarred = new bool[elements.Length];

        public override object Evaluate(Frame frame) => PyDisplays.Set(EvaluateAll(elements, frame), _notStarred);
    }

    /// <summary>
    /// A set display of constants only: CPython folds it into a frozenset constant first, which can
    /// change the order the set prints in (<see cref="PySet.FromConstantDisplay"/>).
    /// </summary>
    public sealed class ConstantSet(object[] values) : ExecExpr
    {
        public override object Evaluate(Frame frame) => PySet.FromConstantDisplay(values);
    }

    /// <summary>A list, tuple or set display with <c>*iterable</c> elements.</summary>
    public sealed class Starred(ExecExpr[] elements, bool[] starred, CollectionKind kind) : ExecExpr
    {
        public override object Evaluate(Frame frame)
        {
            var items = EvaluateAll(elements, frame);
            return kind switch
            {
                CollectionKind.List => PyDisplays.List(items, starred),
                CollectionKind.Tuple => PyDisplays.Tuple(items, starred),
                _ => PyDisplays.Set(items, starred),
            };
        }
    }

    /// <summary><c>{k: v, **m}</c>: keys and values in source order (BUILD_MAP); a null key marks a mapping to merge.</summary>
    public sealed class Dict(ExecExpr?[] keys, ExecExpr[] values) : ExecExpr
    {
        public override object Evaluate(Frame frame)
        {
            var keyValues = new object?[keys.Length];
            var valueValues = new object[values.Length];
            for (int i = 0; i < keys.Length; i++)
            {
                keyValues[i] = keys[i]?.Evaluate(frame);
                valueValues[i] = values[i].Evaluate(frame);
            }
            return PyDisplays.Dict(keyValues, valueValues);
        }
    }

    /// <summary>An f-string: its literal parts and formatted fields, concatenated.</summary>
    public sealed class JoinedStr(ExecExpr[] parts) : ExecExpr
    {
        public override object Evaluate(Frame frame)
        {
            var strings = new string[parts.Length];
            for (int i = 0; i < parts.Length; i++) strings[i] = (string)parts[i].Evaluate(frame);
            return string.Concat(strings);
        }
    }

    /// <summary><c>{value!conversion:spec}</c> in an f-string.</summary>
    public sealed class FormattedValue(ExecExpr value, char conversion, ExecExpr? spec) : ExecExpr
    {
        public override object Evaluate(Frame frame)
        {
            var v = value.Evaluate(frame);
            object converted = conversion switch
            {
                'r' => PyRepr.Repr(v),
                's' => PyRepr.Str(v),
                'a' => PyRepr.Ascii(v),
                _ => v,
            };
            var format = spec is null ? "" : (string)spec.Evaluate(frame);
            return PyFormatting.Format(converted, format);
        }
    }

    public static object[] EvaluateAll(ExecExpr[] expressions, Frame frame)
    {
        if (expressions.Length == 0) return [];
        var values = new object[expressions.Length];
        for (int i = 0; i < expressions.Length; i++) values[i] = expressions[i].Evaluate(frame);
        return values;
    }
}
