using System.Dynamic;
using DlrClosures.Hosting;
using DlrClosures.Runtime.Exceptions;
using NUnit.Framework;

namespace DlrClosures.Tests.Hosting;

/// <summary>
/// .NET objects in scripts (issue 11, point 1): every member kind, collection protocol, operator
/// and conversion a host's object offers, each run under both engines (the fixture is instantiated
/// once per engine), each with the full output or the full <c>Type: message</c> line.
/// </summary>
[TestFixture(ExecutionMode.Compile)]
[TestFixture(ExecutionMode.Interpret)]
public sealed partial class ClrInteropTests(ExecutionMode mode)
{
    private string Run(string script, Action<ScriptScope>? setup = null)
    {
        var (stdout, error) = EngineRun.Run(mode, (engine, scope) =>
        {
            setup?.Invoke(scope);
            engine.Execute(script, scope);
        });
        Assert.That(error?.FormatExceptionOnly(), Is.Null, "the script raised");
        return stdout;
    }

    private string Error(string script, Action<ScriptScope>? setup = null)
    {
        var (_, error) = EngineRun.Run(mode, (engine, scope) =>
        {
            setup?.Invoke(scope);
            engine.Execute(script, scope);
        });
        Assert.That(error, Is.Not.Null, "the script should have raised");
        return error!.FormatExceptionOnly();
    }

    private static Action<ScriptScope> With(string name, object? value) => scope => scope.SetVariable(name, value);

    // ---- delegates ----

    [Test]
    public void ActionOfString_IsCallable()
    {
        var lines = new List<string>();
        Run("log('hello')\nlog('world')", With("log", (Action<string>)lines.Add));
        Assert.That(lines, Is.EqualTo(new[] { "hello", "world" }));
    }

    [Test]
    public void Func_ConvertsArgumentsAndResult() =>
        Assert.That(Run("print(add(2, 3), add(arg1=1, arg2=2))", With("add", (Func<int, int, int>)((x, y) => x + y))),
            Is.EqualTo("5 3\n"));

    [Test]
    public void CustomDelegate_IsCallableWithItsParameterNames() =>
        Assert.That(Run("print(f(text='ab', n=3))", With("f", (Repeater)((text, n) => string.Concat(Enumerable.Repeat(text, n))))),
            Is.EqualTo("ababab\n"));

    public delegate string Repeater(string text, int n);

    [Test]
    public void Delegate_WrongArgumentType_IsTypeErrorNamingTheCSharpType() =>
        Assert.That(Error("add('a', 1)", With("add", (Func<int, int, int>)((x, y) => x + y))),
            Is.EqualTo("TypeError: Func<int, int, int>() argument 1 must be int, not str"));

    // ---- properties, fields, methods ----

    [Test]
    public void PropertiesAndFields_ReadAndWrite()
    {
        var poco = new Poco("Ann");
        Assert.That(Run("p.Count = 3\np.Name = p.Name + 'e'\nprint(p.Name, p.Count, p.Fixed, p.ReadOnlyValue)", With("p", poco)),
            Is.EqualTo("Anne 3 7 42\n"));
        Assert.That((poco.Name, poco.Count), Is.EqualTo(("Anne", 3)));
    }

    [Test]
    public void ReadOnlyField_IsNotWritable() =>
        Assert.That(Error("p.Fixed = 1", With("p", new Poco())), Is.EqualTo("AttributeError: attribute 'Fixed' of 'Poco' objects is not writable"));

    [Test]
    public void GetterOnlyProperty_IsNotWritable() =>
        Assert.That(Error("p.ReadOnlyValue = 1", With("p", new Poco())), Is.EqualTo("AttributeError: attribute 'ReadOnlyValue' of 'Poco' objects is not writable"));

    [Test]
    public void PropertyWrite_OfWrongType_IsTypeError() =>
        Assert.That(Error("p.Count = 'x'", With("p", new Poco())), Is.EqualTo("TypeError: cannot convert 'str' object to int"));

    [Test]
    public void MissingMember_IsAttributeErrorWithTheCSharpName() =>
        Assert.That(Error("p.Nope", With("p", new List<int>())), Is.EqualTo("AttributeError: 'List<int>' object has no attribute 'Nope'"));

    [Test]
    public void Overloads_AreChosenByArgumentType() =>
        Assert.That(Run("print(p.Describe(1)); print(p.Describe(1.5)); print(p.Describe('x')); print(p.Describe(2**40))", With("p", new Poco())),
            Is.EqualTo("int 1\ndouble 1.5\nstring x\ndouble 1099511627776\n"));

    [Test]
    public void NoMatchingOverload_IsTypeError() =>
        Assert.That(Error("p.Describe([1])", With("p", new Poco())), Is.EqualTo("TypeError: no overload of Poco.Describe() accepts (list)"));

    [Test]
    public void IntTooLargeForTheParameter_IsOverflowError() =>
        Assert.That(Error("p.Repeat('a', 2**40)", With("p", new Poco())), Is.EqualTo("OverflowError: Python int too large to convert to int"));

    [Test]
    public void ParamsArray_TakesSeparateArgumentsOrOneList() =>
        Assert.That(Run("print(p.Sum(), p.Sum(1), p.Sum(1, 2, 3), p.Sum([4, 5]))", With("p", new Poco())), Is.EqualTo("0 1 6 9\n"));

    [Test]
    public void OptionalAndNamedParameters() =>
        Assert.That(Run("print(p.Greet('Ann')); print(p.Greet('Bo', times=2)); print(p.Greet(greeting='Hi', name='Cy'))", With("p", new Poco())),
            Is.EqualTo("Hello, Ann!\nHello, Bo! Hello, Bo!\nHi, Cy!\n"));

    [Test]
    public void OutAndRefParameters_ComeBackAsATuple() =>
        Assert.That(Run("print(p.TryHalve(10)); print(p.TryHalve(7)); print(p.Swap(1, 2))", With("p", new Poco())),
            Is.EqualTo("(True, 5)\n(False, 3)\n(2, 1)\n"));

    [Test]
    public void UnknownKeyword_IsTypeError() =>
        Assert.That(Error("p.Wide(m=1)", With("p", new Poco())), Is.EqualTo("TypeError: Poco.Wide() got an unexpected keyword argument 'm'"));

    [Test]
    public void GenericMethods_InferTheirTypeArguments() =>
        Assert.That(Run("r = Tools.Repeat('ab', 2)\nprint(type(r).__name__, list(r), Tools.First(xs), Tools.Describe(1), Tools.Describe('s'))", scope =>
            {
                scope.SetVariable("Tools", typeof(Tools));
                scope.SetVariable("xs", new List<long> { 5, 6 });
            }),
            Is.EqualTo("List<string> ['ab', 'ab'] 5 struct Int32 object\n"));

    [Test]
    public void DelegateParameters_TakeScriptCallables() =>
        Assert.That(Run("xs.Sort(lambda a, b: b - a)\nxs.ForEach(lambda x: print(x, end=' '))\nprint(list(xs.FindAll(lambda x: x % 2 == 1)))",
                With("xs", new List<int> { 3, 1, 2 })),
            Is.EqualTo("3 2 1 [3, 1]\n"));

    [Test]
    public void MethodsAreBuiltinMethods() =>
        Assert.That(Run("m = p.Wide\nprint(type(m).__name__, m(21))", With("p", new Poco())), Is.EqualTo("builtin_function_or_method 42\n"));

    // ---- static members of an exposed type ----

    [Test]
    public void ExposedType_StaticMethodsAndProperties() =>
        Assert.That(Run("print(Math.Max(3, 7), Math.Abs(-2.5), Math.PI)", With("Math", typeof(Math))), Is.EqualTo("7 2.5 3.141592653589793\n"));

    [Test]
    public void ExposedType_ConstructsConstantsAndStaticProperties()
    {
        Poco.Instances = 0;
        Assert.That(Run("p = Poco('Zed')\nPoco.Instances = 3\nprint(p.Name, Poco.Kind, Poco.Instances, Poco)", With("Poco", typeof(Poco))),
            Is.EqualTo("Zed poco 3 <class 'DlrClosures.Tests.Hosting.Poco'>\n"));
        Assert.That(Poco.Instances, Is.EqualTo(3));
    }

    [Test]
    public void StaticClass_CannotBeInstantiated() =>
        Assert.That(Error("Math()", With("Math", typeof(Math))), Is.EqualTo("TypeError: cannot create instances of static class Math"));

    [Test]
    public void GenericTypeDefinition_TakesTypeArguments() =>
        Assert.That(Run("xs = List[int]()\nxs.Add(4)\nprint(xs.Count, xs[0], List[int] is List[int])", With("List", typeof(List<>))),
            Is.EqualTo("1 4 True\n"));

    [Test]
    public void ExposedType_ComesBackAsTheType()
    {
        Type? back = null;
        EngineRun.Run(mode, (engine, scope) =>
        {
            scope.SetVariable("T", typeof(Poco));
            engine.Execute("U = T", scope);
            back = scope.GetVariable<Type>("U");
        });
        Assert.That(back, Is.SameAs(typeof(Poco)));
    }

    // ---- indexers ----

    [Test]
    public void Indexer_ReadsAndWritesWithOneOrMoreKeys() =>
        Assert.That(Run("g[1, 2] = 'x'\nprint(g[1, 2], g[0, 0], g['a'])", With("g", new Grid())), Is.EqualTo("x . named a\n"));

    // ---- operators ----

    [Test]
    public void UserDefinedOperators() =>
        Assert.That(Run("a = Money(5)\nb = Money(2)\nprint(a + b, a * 3, a < b, a > b, -a)", With("Money", typeof(Money))),
            Is.EqualTo("$7 $15 False True $-5\n"));

    [Test]
    public void MissingOperator_IsTypeError() =>
        Assert.That(Error("Money(5) - Money(1)", With("Money", typeof(Money))), Is.EqualTo("TypeError: unsupported operand type(s) for -: 'Money' and 'Money'"));

    [Test]
    public void DateTime_MembersArithmeticAndComparison() =>
        Assert.That(Run("later = when.AddDays(1)\nprint(when.Year, later.Month, (later - when).TotalHours, when < later, when == when.Date)",
                With("when", new DateTime(2024, 1, 31))),
            Is.EqualTo("2024 2 24.0 True True\n"));
}
