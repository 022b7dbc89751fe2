using NUnit.Framework;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Functions;
using DlrClosures.Runtime.Operations;
using DlrClosures.Tests.Runtime.Support;

namespace DlrClosures.Tests.Runtime;

[TestFixture]
public class BuiltinsTests
{
    private static IEnumerable<TestCaseData> Cases() => CaseTable.Read("builtins.tsv");

    private static object Builtin(string name) =>
        PyBuiltins.TryGetValue(name, out var value) ? value : throw new ArgumentException(name);

    [TestCaseSource(nameof(Cases))]
    public void Builtin_MatchesCPython(string name, string args, string expected)
    {
        var arguments = ((PyTuple)LiteralParser.Parse(args)).Items;
        Assert.That(CaseTable.Outcome(() =>
        {
            var result = PyCalls.Call(Builtin(name), arguments);
            return name is "reversed" or "enumerate" or "zip" or "filter" or "map" or "iter"
                ? new PyList(PyIteration.ToList(result))
                : result;
        }), Is.EqualTo(expected));
    }

    private static string Print(object[] args, string[] kwNames)
    {
        var output = new StringWriter();
        var previous = PyContext.Enter(new PyRuntimeContext { Out = output });
        try
        {
            PyCalls.Call(Builtin("print"), args, kwNames);
        }
        finally
        {
            PyContext.Exit(previous);
        }
        return output.ToString();
    }

    [Test]
    public void Print_UsesStrSepAndEnd()
    {
        // python3 -c "print(1, 'a', [1, 'b'], None, sep='|', end='!')"  ->  1|a|[1, 'b']|None!
        var args = new object[] { PyInt.Box(1), "a", LiteralParser.Parse("[1, 'b']"), PyNone.Instance, "|", "!" };
        Assert.That(Print(args, ["sep", "end"]), Is.EqualTo("1|a|[1, 'b']|None!"));
        Assert.That(Print([], []), Is.EqualTo("\n"));
    }

    [Test]
    public void Print_UnknownKeyword_RaisesTypeError()
    {
        // python3 -c "print(x=1)"  ->  TypeError: 'x' is an invalid keyword argument for print()
        Assert.That(CaseTable.Outcome(() => Print([PyInt.Box(1)], ["x"])),
            Is.EqualTo("!TypeError: 'x' is an invalid keyword argument for print()"));
    }

    [Test]
    public void TypesAreConstructorsAndIsinstanceTargets()
    {
        // python3 -c "print(isinstance(True, int), isinstance(1, (str, float)), isinstance(1.5, (str, float)), type(1) is int)"
        var isinstance = Builtin("isinstance");
        Assert.That(PyCalls.Call(isinstance, [PyBool.True, Builtin("int")]), Is.EqualTo(true));
        Assert.That(PyCalls.Call(isinstance, [PyInt.Box(1), new PyTuple([Builtin("str"), Builtin("float")])]), Is.EqualTo(false));
        Assert.That(PyCalls.Call(isinstance, [1.5, new PyTuple([Builtin("str"), Builtin("float")])]), Is.EqualTo(true));
        Assert.That(PyCalls.Call(Builtin("type"), [PyInt.Box(1)]), Is.SameAs(Builtin("int")));
    }

    [Test]
    public void ExceptionClasses_AreBuiltinsAndCallable()
    {
        // python3 -c "e = KeyError('k'); print(repr(e), str(e), isinstance(e, LookupError))"  ->  KeyError('k') 'k' True
        var error = PyCalls.Call(Builtin("KeyError"), ["k"]);
        Assert.That(PyRepr.Repr(error), Is.EqualTo("KeyError('k')"));
        Assert.That(PyRepr.Str(error), Is.EqualTo("'k'"));
        Assert.That(PyCalls.Call(Builtin("isinstance"), [error, Builtin("LookupError")]), Is.EqualTo(true));
        foreach (var type in PyExceptionType.All) Assert.That(Builtin(type.Name), Is.SameAs(type));
    }

    [Test]
    public void Next_WithDefaultAndStopIteration()
    {
        var iterator = PyCalls.Call(Builtin("iter"), [LiteralParser.Parse("[1]")]);
        Assert.That(PyCalls.Call(Builtin("next"), [iterator]), Is.EqualTo(1L));
        Assert.That(PyCalls.Call(Builtin("next"), [iterator, "done"]), Is.EqualTo("done"));
        Assert.That(CaseTable.Outcome(() => PyCalls.Call(Builtin("next"), [iterator])), Is.EqualTo("!StopIteration: "));
    }

    [Test]
    public void SpreadCall_FlattensArgsAndKeywords()
    {
        // python3 -c "print(3, *[1, 2], **{'sep': '-'})"  ->  3-1-2
        var output = new StringWriter();
        var previous = PyContext.Enter(new PyRuntimeContext { Out = output });
        try
        {
            PyCallArguments.Call(Builtin("print"), [PyInt.Box(3), LiteralParser.Parse("[1, 2]")], [false, true],
                [null], [LiteralParser.Parse("{'sep': '-'}")]);
        }
        finally
        {
            PyContext.Exit(previous);
        }
        Assert.That(output.ToString(), Is.EqualTo("3-1-2\n"));
        Assert.That(CaseTable.Outcome(() => PyCallArguments.Call(Builtin("print"), [], [], [null], [PyInt.Box(1)])),
            Is.EqualTo("!TypeError: print() argument after ** must be a mapping, not int"));
    }
}
