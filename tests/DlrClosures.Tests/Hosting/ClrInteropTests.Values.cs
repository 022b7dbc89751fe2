using System.Dynamic;
using NUnit.Framework;

namespace DlrClosures.Tests.Hosting;

public sealed partial class ClrInteropTests
{
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
