using NUnit.Framework;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Operations;
using DlrClosures.Tests.Runtime.Support;

namespace DlrClosures.Tests.Runtime;

[TestFixture]
public class PyArithmeticTests
{
    private static IEnumerable<TestCaseData> BinaryCases() => CaseTable.Read("binary.tsv");
    private static IEnumerable<TestCaseData> UnaryCases() => CaseTable.Read("unary.tsv");

    private static Func<object, object, object> Operator(string op) => op switch
    {
        "+" => PyArithmetic.Add,
        "-" => PyArithmetic.Subtract,
        "*" => PyArithmetic.Multiply,
        "/" => PyArithmetic.TrueDivide,
        "//" => PyArithmetic.FloorDivide,
        "%" => PyArithmetic.Modulo,
        "**" => PyArithmetic.Power,
        "<<" => PyArithmetic.LeftShift,
        ">>" => PyArithmetic.RightShift,
        "&" => PyArithmetic.BitAnd,
        "|" => PyArithmetic.BitOr,
        "^" => PyArithmetic.BitXor,
        "@" => PyArithmetic.MatMultiply,
        _ => throw new ArgumentException(op),
    };

    [TestCaseSource(nameof(BinaryCases))]
    public void Binary_MatchesCPython(string op, string left, string right, string expected)
    {
        var a = LiteralParser.Parse(left);
        var b = LiteralParser.Parse(right);
        Assert.That(CaseTable.Outcome(() => Operator(op)(a, b)), Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(UnaryCases))]
    public void Unary_MatchesCPython(string op, string operand, string expected)
    {
        var a = LiteralParser.Parse(operand);
        Func<object, object> f = op switch
        {
            "-" => PyArithmetic.Negate,
            "+" => PyArithmetic.Plus,
            "~" => PyArithmetic.Invert,
            _ => PyArithmetic.Abs,
        };
        Assert.That(CaseTable.Outcome(() => f(a)), Is.EqualTo(expected));
    }

    [Test]
    public void SmallInts_ShareBoxes()
    {
        Assert.That(PyArithmetic.AddInt(2, 3), Is.SameAs(PyInt.Box(5)));
        Assert.That(PyInt.Box(-5), Is.SameAs(PyInt.Box(-5)));
        Assert.That(PyInt.Box(1024), Is.SameAs(PyInt.Box(1024)));
    }

    [Test]
    public void FastPaths_OverflowIntoBigInteger()
    {
        // python3 -c "print(9223372036854775807+1, -9223372036854775808-1, 4294967296*4294967296, (-9223372036854775808)//-1)"
        Assert.That(PyRepr.Repr(PyArithmetic.AddInt(long.MaxValue, 1)), Is.EqualTo("9223372036854775808"));
        Assert.That(PyRepr.Repr(PyArithmetic.SubtractInt(long.MinValue, 1)), Is.EqualTo("-9223372036854775809"));
        Assert.That(PyRepr.Repr(PyArithmetic.MultiplyInt(4294967296, 4294967296)), Is.EqualTo("18446744073709551616"));
        Assert.That(PyRepr.Repr(PyArithmetic.FloorDivideInt(long.MinValue, -1)), Is.EqualTo("9223372036854775808"));
        Assert.That(PyRepr.Repr(PyArithmetic.ModuloInt(-7, 3)), Is.EqualTo("2"));
    }

    [Test]
    public void InPlaceAdd_ExtendsListInPlace()
    {
        // python3 -c "a=[1]; b=a; a += (2, 3); a += 'xy'; print(b, a is b)"  ->  [1, 2, 3, 'x', 'y'] True
        var list = (PyList)LiteralParser.Parse("[1]");
        var result = PyArithmetic.InPlaceAdd(list, LiteralParser.Parse("(2, 3)"));
        result = PyArithmetic.InPlaceAdd(result, "xy");
        Assert.That(result, Is.SameAs(list));
        Assert.That(PyRepr.Repr(list), Is.EqualTo("[1, 2, 3, 'x', 'y']"));
    }

    [TestCase("'%d items' % 3", "'%d items'", "3", "'3 items'")]
    public void PercentFormat_Placeholder(string _, string format, string args, string expected) =>
        Assert.That(CaseTable.Outcome(() => PyArithmetic.Modulo(LiteralParser.Parse(format), LiteralParser.Parse(args))), Is.EqualTo(expected));

    private static IEnumerable<TestCaseData> InPlaceCases() => CaseTable.Read("inplace.tsv");

    private static Func<object, object, object> InPlaceOperator(string op) => op switch
    {
        "+" => PyArithmetic.InPlaceAdd,
        "-" => PyArithmetic.InPlaceSubtract,
        "*" => PyArithmetic.InPlaceMultiply,
        "/" => PyArithmetic.InPlaceTrueDivide,
        "//" => PyArithmetic.InPlaceFloorDivide,
        "%" => PyArithmetic.InPlaceModulo,
        "**" => PyArithmetic.InPlacePower,
        "<<" => PyArithmetic.InPlaceLeftShift,
        ">>" => PyArithmetic.InPlaceRightShift,
        "&" => PyArithmetic.InPlaceBitAnd,
        "|" => PyArithmetic.InPlaceBitOr,
        "^" => PyArithmetic.InPlaceBitXor,
        "@" => PyArithmetic.InPlaceMatMultiply,
        _ => throw new ArgumentException(op),
    };

    [TestCaseSource(nameof(InPlaceCases))]
    public void InPlace_MatchesCPython(string op, string left, string right, string expected, string sameObject)
    {
        var a = LiteralParser.Parse(left);
        var b = LiteralParser.Parse(right);
        object? result = null;
        Assert.That(CaseTable.Outcome(() => result = InPlaceOperator(op)(a, b)), Is.EqualTo(expected));
        if (sameObject.Length > 0) Assert.That(ReferenceEquals(result, a).ToString(), Is.EqualTo(sameObject));
    }
}
