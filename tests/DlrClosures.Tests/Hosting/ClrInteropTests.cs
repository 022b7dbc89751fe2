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
public sealed class ClrInteropTests(ExecutionMode mode)
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

    // ---- collections ----

    [Test]
    public void List_IsASequence() =>
        Assert.That(Run("a, b, c = xs\nprint(len(xs), xs[0], xs[-1], xs[1:], list(xs), 2 in xs, 9 in xs, [x * 10 for x in xs], a + b + c)",
                With("xs", new List<int> { 1, 2, 3 })),
            Is.EqualTo("3 1 3 [2, 3] [1, 2, 3] True False [10, 20, 30] 6\n"));

    [Test]
    public void List_PythonMethodsWriteThroughWithConversion()
    {
        var xs = new List<int> { 1, 2, 3 };
        Assert.That(Run("xs.append(4)\nxs.insert(0, 0)\nxs[1] = 10\nprint(xs.pop(), xs.index(10), xs.count(2), xs.Count)", With("xs", xs)),
            Is.EqualTo("4 1 1 4\n"));
        Assert.That(xs, Is.EqualTo(new[] { 0, 10, 2, 3 }));
    }

    [Test]
    public void TypedList_RefusesAStr() =>
        Assert.That(Error("xs.append('x')", With("xs", new List<int>())), Is.EqualTo("TypeError: cannot convert 'str' object to int"));

    [Test]
    public void TypedList_ItemAssignmentOfAStr_IsTypeError() =>
        Assert.That(Error("xs[0] = 'x'", With("xs", new List<int> { 1 })), Is.EqualTo("TypeError: cannot convert 'str' object to int"));

    [Test]
    public void TypedList_AddOfAStr_IsTypeError() =>
        Assert.That(Error("xs.Add('x')", With("xs", new List<int>())), Is.EqualTo("TypeError: List<int>.Add() argument 1 must be int, not str"));

    [Test]
    public void TypedList_IntTooLarge_IsOverflowError() =>
        Assert.That(Error("xs.append(2**40)", With("xs", new List<int>())), Is.EqualTo("OverflowError: Python int too large to convert to int"));

    [Test]
    public void List_IndexOutOfRange_IsIndexError() =>
        Assert.That(Error("xs[5]", With("xs", new List<int> { 1 })), Is.EqualTo("IndexError: index out of range"));

    [Test]
    public void Array_IsASequence() =>
        Assert.That(Run("arr[0] = 9\nprint(len(arr), arr[0], arr[-1], sum(arr))", With("arr", new[] { 1, 2, 3 })), Is.EqualTo("3 9 3 14\n"));

    [Test]
    public void Dictionary_IsAMapping()
    {
        var d = new Dictionary<string, int> { ["a"] = 1 };
        Assert.That(Run("d['b'] = 2\nprint(len(d), d['a'], 'b' in d, 'z' in d, sorted(d.keys()), sorted(d.values()), sorted(d.items()), d.get('z', 0), d.get('a'), sorted(d))",
                With("d", d)),
            Is.EqualTo("2 1 True False ['a', 'b'] [1, 2] [('a', 1), ('b', 2)] 0 1 ['a', 'b']\n"));
        Assert.That(d["b"], Is.EqualTo(2));
    }

    [Test]
    public void Dictionary_MissingKey_IsKeyError() =>
        Assert.That(Error("d['z']", With("d", new Dictionary<string, int>())), Is.EqualTo("KeyError: 'z'"));

    [Test]
    public void Dictionary_ValueOfWrongType_IsTypeError() =>
        Assert.That(Error("d['a'] = 'x'", With("d", new Dictionary<string, int>())), Is.EqualTo("TypeError: cannot convert 'str' object to int"));

    [Test]
    public void Enumerable_Iterates() =>
        Assert.That(Run("print(list(e), [x for x in e], sum(e))", With("e", Enumerable.Range(1, 3).Select(x => x * x))),
            Is.EqualTo("[1, 4, 9] [1, 4, 9] 14\n"));

    [Test]
    public void ICollectionCount_IsLen() =>
        Assert.That(Run("print(len(s))", With("s", new HashSet<string> { "a", "b" })), Is.EqualTo("2\n"));

    // ---- events ----

    [Test]
    public void Events_SubscribeAndUnsubscribeScriptCallables()
    {
        var poco = new Poco();
        var script = """
            seen = []
            def on_change(sender, what):
                seen.append(what)
            class Listener:
                def handle(self, sender, what):
                    seen.append('listener ' + what)
            listener = Listener()
            p.Changed += on_change
            p.Changed += listener.handle
            p.Raise('one')
            print(p.HandlerCount)
            p.Changed -= on_change
            p.Changed -= listener.handle
            p.Raise('two')
            print(p.HandlerCount, seen)
            """;
        Assert.That(Run(script, With("p", poco)), Is.EqualTo("2\n0 ['one', 'listener one']\n"));
        Assert.That(poco.HandlerCount, Is.Zero);
    }

    [Test]
    public void Event_FiredByTheHost_RunsTheScriptHandler()
    {
        var poco = new Poco();
        var (stdout, _) = EngineRun.Run(mode, (engine, scope) =>
        {
            scope.SetVariable("p", poco);
            engine.Execute("def h(sender, what):\n    print('got', what, sender.Name)\np.Changed += h", scope);
            poco.Name = "host";
            poco.Raise("late");
        });
        Assert.That(stdout, Is.EqualTo("got late host\n"));
    }

    [Test]
    public void Event_AssignedDirectly_IsAttributeError() =>
        Assert.That(Error("p.Changed = print", With("p", new Poco())), Is.EqualTo("AttributeError: event 'Changed' can only be changed with += and -="));

    // ---- dynamic objects ----

    [Test]
    public void DynamicObject_UsesItsOwnMetaObject() =>
        Assert.That(Run("b.color = 'red'\nprint(b.color, b.Real, b[1], b(1, 2))", With("b", new Bag())),
            Is.EqualTo("red real member index 1 invoked with 2\n"));

    [Test]
    public void DynamicObject_CalledWithKeywordsOrByABuiltin_UsesItsTryInvoke() =>
        Assert.That(Run("print(b(1, x=2)); print(list(map(b, [1, 2])))", With("b", new Bag())),
            Is.EqualTo("invoked with 2\n['invoked with 1', 'invoked with 1']\n"));

    [Test]
    public void ExpandoObject_IsNotCallable() =>
        Assert.That(Error("e()", With("e", new ExpandoObject())), Is.EqualTo("TypeError: 'ExpandoObject' object is not callable"));

    [Test]
    public void DynamicObject_MissingMember_IsAttributeError() =>
        Assert.That(Error("b.nope", With("b", new Bag())), Is.EqualTo("AttributeError: 'Bag' object has no attribute 'nope'"));

    [Test]
    public void ExpandoObject_MembersReadAndWrite()
    {
        dynamic expando = new ExpandoObject();
        expando.x = 1;
        Assert.That(Run("e.y = e.x + 1\nprint(e.y)", With("e", (object)expando)), Is.EqualTo("2\n"));
        Assert.That((object)expando.y, Is.EqualTo(2));
    }

    // ---- str, names, identity ----

    [Test]
    public void Str_IsToString() =>
        Assert.That(Run("print(str(p), p)", With("p", new Poco("Ann"))), Is.EqualTo("Poco(Ann) Poco(Ann)\n"));

    [Test]
    public void Str_WithoutAToStringOverride_IsTheRepr() =>
        Assert.That(Run("print(str(x).startswith('<Plain object at 0x'), repr(x) == str(x))", With("x", new Plain())), Is.EqualTo("True True\n"));

    [Test]
    public void TypeNames_AreWrittenAsCSharpWritesThem() =>
        Assert.That(Run("print(type(a).__name__, type(b).__name__, type(c).__name__, type(d).__name__)", scope =>
            {
                scope.SetVariable("a", new List<int>());
                scope.SetVariable("b", new Dictionary<string, List<int>>());
                scope.SetVariable("c", (Func<int, int>)(x => x));
                scope.SetVariable("d", new int?[0]);
            }),
            Is.EqualTo("List<int> Dictionary<string, List<int>> Func<int, int> int?[]\n"));

    [Test]
    public void LenOfANonCollection_NamesTheCSharpType() =>
        Assert.That(Error("len(f)", With("f", (Func<int, int>)(x => x))), Is.EqualTo("TypeError: object of type 'Func<int, int>' has no len()"));

    [Test]
    public void HostObject_RoundTripsAsTheSameObject()
    {
        var poco = new Poco();
        object? back = null, fromList = null;
        EngineRun.Run(mode, (engine, scope) =>
        {
            scope.SetVariable("p", poco);
            scope.SetVariable("ps", new List<Poco>());
            engine.Execute("q = p\nps.Add(p)\nr = ps[0]\nsame = r is p", scope);
            back = scope.GetVariable("q");
            fromList = scope.GetVariable("r");
            Assert.That(scope.GetVariable<bool>("same"), Is.True);
        });
        Assert.That(back, Is.SameAs(poco));
        Assert.That(fromList, Is.SameAs(poco));
    }

    [Test]
    public void HostObjects_AsDictKeys_UseEqualsAndGetHashCode() =>
        Assert.That(Run("d = {when: 1}\nprint(d[when.AddDays(0)])", With("when", new DateTime(2024, 1, 1))), Is.EqualTo("1\n"));

    // ---- enums, Nullable, char, decimal ----

    [Test]
    public void Enum_MembersComparisonAndStr() =>
        Assert.That(Run("c = Color.Green\nprint(c, repr(c), c == Color.Green, c != Color.Blue, Color.Red < c, c > Color.Blue)", With("Color", typeof(Color))),
            Is.EqualTo("Green <Color.Green: 1> True True True False\n"));

    [Test]
    public void FlagsEnum_CombinesWithBitOperators() =>
        Assert.That(Run("rw = Access.Read | Access.Write\nprint(rw, (rw & Access.Write) == Access.Write, rw ^ Access.Read)",
                With("Access", typeof(Access))),
            Is.EqualTo("Read, Write True Write\n"));

    [Test]
    public void Nullable_ParametersAndResults() =>
        Assert.That(Run("print(p.Maybe(True), p.Maybe(False), p.Opt(3), p.Opt(None))", With("p", new Poco())), Is.EqualTo("5 None 3 null\n"));

    [Test]
    public void Char_IsAOneCharacterStr() =>
        Assert.That(Run("print(p.Initial, type(p.Initial).__name__, p.Repeat('z', 3))", With("p", new Poco("Ann"))), Is.EqualTo("A str zzz\n"));

    [Test]
    public void Char_FromALongerStr_IsTypeError() =>
        Assert.That(Error("p.Repeat('ab', 3)", With("p", new Poco())), Is.EqualTo("TypeError: Poco.Repeat() argument 1 must be char, not str"));

    [Test]
    public void Decimal_StaysExact()
    {
        decimal result = 0;
        var (stdout, error) = EngineRun.Run(mode, (engine, scope) =>
        {
            scope.SetVariable("d", 0.1m);
            engine.Execute("t = d * 3\nu = t + 1\nprint(t, u, type(t).__name__, t == 0.3, d + d == d * 2)", scope);
            result = scope.GetVariable<decimal>("t");
        });
        Assert.That(error, Is.Null);
        Assert.That(stdout, Is.EqualTo("0.3 1.3 decimal False True\n"));
        Assert.That(result, Is.EqualTo(0.3m));
    }

    [Test]
    public void Decimal_ConvertsWithIntAndFloat() =>
        Assert.That(Run("print(int(d), int(-d), float(d), int(Color.Blue))", scope =>
            {
                scope.SetVariable("d", 2.75m);
                scope.SetVariable("Color", typeof(Color));
            }),
            Is.EqualTo("2 -2 2.75 2\n"));

    [Test]
    public void IsInstance_OfAnExposedType_FollowsClassesAndInterfaces() =>
        Assert.That(Run("print(isinstance(p, Poco), isinstance(xs, IEnumerable), isinstance(p, IEnumerable), isinstance(1, Poco))", scope =>
            {
                scope.SetVariable("p", new Poco());
                scope.SetVariable("xs", new List<int>());
                scope.SetVariable("Poco", typeof(Poco));
                scope.SetVariable("IEnumerable", typeof(System.Collections.IEnumerable));
            }),
            Is.EqualTo("True True False False\n"));

    [Test]
    public void MisspelledMember_SuggestsTheMember() =>
        Assert.That(Error("p.Nme", With("p", new Poco())), Is.EqualTo("AttributeError: 'Poco' object has no attribute 'Nme'. Did you mean: 'Name'?"));

    [Test]
    public void MisspelledStaticMember_SuggestsTheMember() =>
        Assert.That(Error("Math.Maxx(1, 2)", With("Math", typeof(Math))), Is.EqualTo("AttributeError: type object 'Math' has no attribute 'Maxx'. Did you mean: 'Max'?"));

    [Test]
    public void DecimalPlusFloat_IsTypeError() =>
        Assert.That(Error("d + 0.5", With("d", 1m)), Is.EqualTo("TypeError: unsupported operand type(s) for +: 'decimal' and 'float'"));

    [Test]
    public void DecimalParameters_TakeIntsAndFloats() =>
        Assert.That(Run("print(p.Price(10, 1.5))", With("p", new Poco())), Is.EqualTo("15.0\n"));

    // ---- exceptions ----

    [TestCase("argument", "ValueError", "bad argument")]
    [TestCase("key", "KeyError", "no such key")]
    [TestCase("operation", "RuntimeError", "not now")]
    [TestCase("index", "IndexError", "too far")]
    [TestCase("range", "IndexError", "out of range (Parameter 'n')")]
    [TestCase("notimpl", "NotImplementedError", "later")]
    [TestCase("other", "Exception", "other")]
    public void HostException_IsCaughtAsItsMappedTypeDirectlyInsideTheTry(string kind, string pythonType, string message)
    {
        var script = $"try:\n    p.Fail('{kind}')\nexcept {pythonType} as e:\n    print(type(e).__name__, e.args[0])";
        Assert.That(Run(script, With("p", new Poco())), Is.EqualTo($"{pythonType} {message}\n"));
    }

    [Test]
    public void HostException_IsCaughtByExceptException() =>
        Assert.That(Run("try:\n    p.Fail('other')\nexcept Exception:\n    print('caught')", With("p", new Poco())), Is.EqualTo("caught\n"));

    [Test]
    public void HostException_FromADelegate_IsCaughtToo() =>
        Assert.That(Run("try:\n    f()\nexcept RuntimeError as e:\n    print('caught', e)",
                With("f", (Action)(() => throw new InvalidOperationException("busy")))),
            Is.EqualTo("caught busy\n"));

    [Test]
    public void HostException_Uncaught_ReachesTheHostWithTheOriginalInside()
    {
        var original = new InvalidOperationException("boom");
        var (_, error) = EngineRun.Run(mode, (engine, scope) =>
        {
            scope.SetVariable("f", (Action)(() => throw original));
            engine.Execute("def g():\n    f()\ng()", scope);
        });
        Assert.That(error, Is.Not.Null);
        Assert.That(error!.FormatExceptionOnly(), Is.EqualTo("RuntimeError: boom"));
        Assert.That(error.InnerException, Is.SameAs(original));
        Assert.That(error.Traceback.Select(f => f.Name), Is.EqualTo(new[] { "<module>", "g" }));
    }
}
