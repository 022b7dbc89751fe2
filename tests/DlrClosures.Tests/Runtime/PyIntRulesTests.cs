using System.Runtime.CompilerServices;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Binders;
using DlrClosures.Runtime.Operations;
using DlrClosures.Tests.Runtime.Support;
using NUnit.Framework;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Tests.Runtime;

/// <summary>
/// The one small-int rule table (<see cref="PyIntRules"/>) through every path that applies it: the
/// binder's (int, int) rule in a call site, the compiled engine's inline expression, the
/// interpreter's function form, and the int chains' checked long operations
/// (<see cref="LongArithmetic.TryApply"/>, with their refusals). Each must give what the runtime's
/// general operation gives (itself checked against CPython by binary.tsv), error or value.
/// </summary>
[TestFixture]
public sealed class PyIntRulesTests
{
    private static readonly long[] s_values = [0, 1, -1, 7, -7, 255, 256, 1L << 40, long.MaxValue, long.MinValue, long.MaxValue - 1, long.MinValue + 1];

    public static IEnumerable<TestCaseData> Cases() =>
        from op in Enum.GetValues<PyBinaryOp>()
        where PyIntRules.Has(op)
        from a in s_values
        from b in s_values
        select new TestCaseData((int)op, a, b).SetName($"{op}({a}, {b})");

    // The operation travels as its number: the runtime's PyBinaryOp is internal, and NUnit needs public test methods.
    [TestCaseSource(nameof(Cases))]
    public void EveryPath_GivesTheGeneralOperationsResult(int operation, long a, long b)
    {
        var op = (PyBinaryOp)operation;
        var expected = CaseTable.Outcome(() => General(op, a, b));
        Assert.Multiple(() =>
        {
            Assert.That(CaseTable.Outcome(() => Site(op, a, b)), Is.EqualTo(expected), "binder site");
            Assert.That(CaseTable.Outcome(() => Inline(op, a, b)), Is.EqualTo(expected), "compiled inline rule");
            Assert.That(CaseTable.Outcome(() => PyIntRules.Apply(op, a, b)), Is.EqualTo(expected), "interpreter's function form");
            if (LongArithmetic.NameOf(op) is not null && LongArithmetic.TryApply(op, a, b, out long chained))
                Assert.That(CaseTable.Outcome(() => PyInt.Box(chained)), Is.EqualTo(expected), "int chain");
        });
    }

    [Test]
    public void RuleKinds_CoverTheOperationsTheEnginesInline()
    {
        var withRule = Enum.GetValues<PyBinaryOp>().Where(PyIntRules.Has).Select(PyBinaryOps.OnNumbers).Distinct().Order();
        Assert.That(withRule, Is.EqualTo(new[]
        {
            PyBinaryOp.Add, PyBinaryOp.Subtract, PyBinaryOp.Multiply, PyBinaryOp.FloorDivide, PyBinaryOp.Modulo,
            PyBinaryOp.LeftShift, PyBinaryOp.RightShift,
            PyBinaryOp.BitAnd, PyBinaryOp.BitOr, PyBinaryOp.BitXor,
            PyBinaryOp.Equal, PyBinaryOp.NotEqual, PyBinaryOp.Less, PyBinaryOp.LessEqual, PyBinaryOp.Greater, PyBinaryOp.GreaterEqual,
        }.Order()));
    }

    // The runtime's general operation on two boxed ints: no rule involved.
    private static object General(PyBinaryOp op, long a, long b)
    {
        object x = a, y = b;
        return PyBinaryOps.OnNumbers(op) switch
        {
            PyBinaryOp.Add => PyArithmetic.Add(x, y),
            PyBinaryOp.Subtract => PyArithmetic.Subtract(x, y),
            PyBinaryOp.Multiply => PyArithmetic.Multiply(x, y),
            PyBinaryOp.FloorDivide => PyArithmetic.FloorDivide(x, y),
            PyBinaryOp.Modulo => PyArithmetic.Modulo(x, y),
            // The big-int shifts (long_lshift, long_rshift), which the long helpers must agree with.
            PyBinaryOp.LeftShift => IntOps.Binary(BinaryOp.LeftShift, a, b),
            PyBinaryOp.RightShift => IntOps.Binary(BinaryOp.RightShift, a, b),
            PyBinaryOp.BitAnd => PyArithmetic.BitAnd(x, y),
            PyBinaryOp.BitOr => PyArithmetic.BitOr(x, y),
            PyBinaryOp.BitXor => PyArithmetic.BitXor(x, y),
            PyBinaryOp.Equal => PyComparison.Equal(x, y),
            PyBinaryOp.NotEqual => PyComparison.NotEqual(x, y),
            PyBinaryOp.Less => PyComparison.Less(x, y),
            PyBinaryOp.LessEqual => PyComparison.LessEqual(x, y),
            PyBinaryOp.Greater => PyComparison.Greater(x, y),
            _ => PyComparison.GreaterEqual(x, y),
        };
    }

    private static object Site(PyBinaryOp op, long a, long b)
    {
        var site = CallSite<Func<CallSite, object, object, object>>.Create(PyBinaryOperationBinder.Get(op));
        return site.Target(site, a, b);
    }

    // The expression the compiled engine inlines, compiled on its own.
    private static object Inline(PyBinaryOp op, long a, long b)
    {
        var x = Linq.Expression.Parameter(typeof(long), "a");
        var y = Linq.Expression.Parameter(typeof(long), "b");
        var rule = PyIntRules.Rule(op, x, y)!;
        var boxed = rule.Type == typeof(bool) ? PyBinaryOperationBinder.BoxBool(rule) : rule;
        return Linq.Expression.Lambda<Func<long, long, object>>(boxed, x, y).Compile()(a, b);
    }
}
