using System.Numerics;
using DlrClosures.Hosting;
using DlrClosures.Runtime.Exceptions;
using NUnit.Framework;

namespace DlrClosures.Tests.Hosting;

/// <summary>
/// Script values in .NET (issue 11, point 2): C# <c>dynamic</c> on script objects, any callable as
/// any delegate, lists, tuples and dicts as .NET collections, ints and floats as every .NET number
/// type, and Python's TypeError/OverflowError (never InvalidCastException) when a value does not
/// fit. Every test runs under both engines.
/// </summary>
[TestFixture(ExecutionMode.Compile)]
[TestFixture(ExecutionMode.Interpret)]
public sealed class ScriptObjectsInDotNetTests(ExecutionMode mode)
{
    private const string Script = """
        def add(a, b=10):
            return a + b
        class Counter:
            def __init__(self, start):
                self.count = start
            def bump(self, by=1):
                self.count += by
                return self.count
            def __call__(self, x):
                return x * 100
        counter = Counter(5)
        xs = [1, 2, 3]
        pair = (4, 5)
        d = {'a': 1, 'b': 2}
        def shout(text):
            print(text.upper())
        big = 2 ** 100
        """;

    // Runs Script, then `read` on the engine's thread, and returns what it returned (with stdout).
    private (T Value, string Stdout) Read<T>(Func<ScriptScope, T> read, string extra = "")
    {
        T value = default!;
        var (stdout, error) = EngineRun.Run(mode, (engine, scope) =>
        {
            engine.Execute(Script + extra, scope);
            value = read(scope);
        });
        Assert.That(error?.FormatExceptionOnly(), Is.Null);
        return (value, stdout);
    }

    private string Fails(Action<ScriptScope> read, string extra = "")
    {
        var (_, error) = EngineRun.Run(mode, (engine, scope) =>
        {
            engine.Execute(Script + extra, scope);
            read(scope);
        });
        Assert.That(error, Is.Not.Null, "a PyException should have been thrown");
        return error!.FormatExceptionOnly();
    }

    // ---- dynamic ----

    [Test]
    public void Dynamic_CallsAFunctionPositionallyAndByKeyword()
    {
        var (value, _) = Read(scope =>
        {
            dynamic add = scope.GetVariable("add")!;
            int a = add(2, 3);
            int b = add(2);
            int c = add(1, b: 2);
            return (a, b, c);
        });
        Assert.That(value, Is.EqualTo((5, 12, 3)));
    }

    [Test]
    public void Dynamic_ReadsAndWritesAttributesAndCallsMethods()
    {
        var (value, _) = Read(scope =>
        {
            dynamic counter = scope.GetVariable("counter")!;
            counter.count = 10;
            int bumped = counter.bump(5);
            int read = counter.count;
            return (bumped, read, scope.GetVariable<int>("seen"));
        }, "\ndef seen_count():\n    return counter.count\nseen = 0");
        Assert.That(value, Is.EqualTo((15, 15, 0)));
    }

    [Test]
    public void Dynamic_WriteIsSeenByTheScript()
    {
        var (value, _) = Read(scope =>
        {
            dynamic counter = scope.GetVariable("counter")!;
            counter.count = 41;
            dynamic check = scope.GetVariable("check")!;
            return (int)check();
        }, "\ndef check():\n    return counter.count + 1");
        Assert.That(value, Is.EqualTo(42));
    }

    [Test]
    public void Dynamic_MissingAttribute_IsAttributeError() =>
        Assert.That(Fails(scope =>
        {
            dynamic counter = scope.GetVariable("counter")!;
            _ = counter.nope;
        }), Is.EqualTo("AttributeError: 'Counter' object has no attribute 'nope'"));

    [Test]
    public void Dynamic_IndexesAndIteratesListsTuplesAndDicts()
    {
        var (value, _) = Read(scope =>
        {
            dynamic xs = scope.GetVariable("xs")!;
            dynamic pair = scope.GetVariable("pair")!;
            dynamic d = scope.GetVariable("d")!;
            xs[0] = 10;
            d["c"] = 3;
            int sum = 0;
            foreach (var x in xs) sum += (int)x;
            var keys = new List<string>();
            foreach (var k in d) keys.Add((string)k);
            int last = xs[-1];
            int second = pair[1];
            int c = d["c"];
            return (sum, string.Join(",", keys), last, second, c, scope.GetVariable<string>("xs_repr"));
        }, "\nxs_repr = ''");
        Assert.That(value, Is.EqualTo((15, "a,b,c", 3, 5, 3, "")));
    }

    [Test]
    public void Dynamic_OperatorsArePythons()
    {
        var (value, _) = Read(scope =>
        {
            dynamic xs = scope.GetVariable("xs")!;
            List<int> joined = xs + xs;
            bool equal = xs == scope.GetVariable("xs");
            bool truth = xs ? true : false;
            return (joined.Count, equal, truth);
        });
        Assert.That(value, Is.EqualTo((6, true, true)));
    }

    [Test]
    public void Dynamic_CallRunsUnderTheRuntimesOutput()
    {
        var (_, stdout) = Read(scope =>
        {
            dynamic shout = scope.GetVariable("shout")!;
            shout("hi");
            return 0;
        });
        Assert.That(stdout, Is.EqualTo("HI\n"));
    }

    [Test]
    public void Dynamic_ScriptErrorReachesCSharpAsPyException() =>
        Assert.That(Fails(scope =>
        {
            dynamic add = scope.GetVariable("add")!;
            add("a", 1);
        }), Is.EqualTo("TypeError: can only concatenate str (not \"int\") to str"));

    [Test]
    public void Dynamic_ScopeReadsWritesAndCallsItsVariables()
    {
        var (value, _) = Read(scope =>
        {
            dynamic s = scope;
            s.limit = 7;
            int sum = s.add(s.limit, b: 1);
            int n = s.xs[1];
            return (sum, n, scope.GetVariable<int>("limit"));
        });
        Assert.That(value, Is.EqualTo((8, 2, 7)));
    }

    [Test]
    public void Dynamic_ScopeMissingVariable_IsMissingMember()
    {
        var (value, _) = Read(scope =>
        {
            dynamic s = scope;
            try
            {
                _ = s.nope;
                return "no exception";
            }
            catch (MissingMemberException e)
            {
                return e.Message;
            }
        });
        Assert.That(value, Is.EqualTo("name 'nope' is not defined"));
    }

    // ---- delegates ----

    [Test]
    public void AnyCallable_ConvertsToAnyDelegateType()
    {
        var (value, _) = Read(scope => (
            scope.GetVariable<Func<int, int>>("inc")(1),
            scope.GetVariable<Func<int, int>>("bound")(1),
            scope.GetVariable<Func<int, int>>("counter")(3),
            scope.GetVariable<Func<int, object>>("Counter")(7) is not null,
            scope.GetVariable<Func<object, int>>("ln")(new List<int> { 1, 2 }),
            scope.GetVariable<Func<int, int, int>>("add")(1, 2)),
            "\ndef make(n):\n    return lambda x: x + n\ninc = make(10)\nbound = counter.bump\nln = len");
        Assert.That(value, Is.EqualTo((11, 6, 300, true, 2, 3)));
    }

    [Test]
    public void Delegate_ToAnActionPrintsUnderTheRuntimesOutput()
    {
        var (_, stdout) = Read(scope =>
        {
            scope.GetVariable<Action<string>>("shout")("later");
            return 0;
        });
        Assert.That(stdout, Is.EqualTo("LATER\n"));
    }

    [Test]
    public void DelegateStub_IsBuiltOncePerCallableKindAndDelegateType()
    {
        var (value, _) = Read(scope =>
        {
            var a = scope.GetVariable<Func<int, int>>("inc");
            var b = scope.GetVariable<Func<int, int>>("dec");
            var c = scope.GetVariable<Func<long, long>>("inc");
            return (a.Method == b.Method, a.Method == c.Method);
        }, "\ndef inc(x):\n    return x + 1\ndef dec(x):\n    return x - 1");
        Assert.That(value, Is.EqualTo((true, false)));
    }

    [Test]
    public void NonCallable_ToADelegate_IsTypeError() =>
        Assert.That(Fails(scope => scope.GetVariable<Func<int>>("xs")), Is.EqualTo("TypeError: cannot convert 'list' object to Func<int>"));

    // ---- collections ----

    [Test]
    public void ListAndTuple_ConvertToListsArraysAndTheirInterfaces()
    {
        var (value, _) = Read(scope => (
            scope.GetVariable<List<int>>("xs"),
            scope.GetVariable<IList<long>>("xs"),
            scope.GetVariable<IReadOnlyList<double>>("xs"),
            scope.GetVariable<IEnumerable<decimal>>("xs"),
            scope.GetVariable<int[]>("pair"),
            scope.GetVariable<List<object>>("pair"),
            scope.GetVariable<IEnumerable<string>>("d")));
        Assert.Multiple(() =>
        {
            Assert.That(value.Item1, Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(value.Item2, Is.EqualTo(new[] { 1L, 2L, 3L }));
            Assert.That(value.Item3, Is.EqualTo(new[] { 1.0, 2.0, 3.0 }));
            Assert.That(value.Item4, Is.EqualTo(new[] { 1m, 2m, 3m }));
            Assert.That(value.Item5, Is.EqualTo(new[] { 4, 5 }));
            Assert.That(value.Item6, Is.EqualTo(new object[] { 4, 5 }));
            Assert.That(value.Item6[0], Is.TypeOf<int>());
            Assert.That(value.Item7, Is.EqualTo(new[] { "a", "b" }));
        });
    }

    [Test]
    public void ListOfFunctions_ConvertsToAListOfDelegates()
    {
        var (value, _) = Read(scope => scope.GetVariable<IList<Func<int, int>>>("fs").Select(f => f(1)).ToArray(),
            "\nfs = [lambda x: x + 1, lambda x: x * 10]");
        Assert.That(value, Is.EqualTo(new[] { 2, 10 }));
    }

    [Test]
    public void ConvertedList_IsACopy()
    {
        var (value, _) = Read(scope =>
        {
            var copy = scope.GetVariable<List<int>>("xs");
            copy.Add(99);
            return scope.GetVariable<List<int>>("xs").Count;
        });
        Assert.That(value, Is.EqualTo(3));
    }

    [Test]
    public void ListElementOfWrongType_IsTypeError() =>
        Assert.That(Fails(scope => scope.GetVariable<List<int>>("mixed"), "\nmixed = [1, 'x']"), Is.EqualTo("TypeError: cannot convert 'str' object to int"));

    [Test]
    public void Dict_ConvertsToDictionaryAndItsInterfaces()
    {
        var (value, _) = Read(scope => (
            scope.GetVariable<Dictionary<string, int>>("d"),
            scope.GetVariable<IDictionary<string, object>>("d"),
            scope.GetVariable<IReadOnlyDictionary<string, long>>("d")));
        Assert.Multiple(() =>
        {
            Assert.That(value.Item1, Is.EqualTo(new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 }));
            Assert.That(value.Item2["b"], Is.EqualTo(2).And.TypeOf<int>());
            Assert.That(value.Item3["a"], Is.EqualTo(1L));
        });
    }

    [Test]
    public void DictValueOfWrongType_IsTypeError() =>
        Assert.That(Fails(scope => scope.GetVariable<Dictionary<string, string>>("d")), Is.EqualTo("TypeError: cannot convert 'int' object to string"));

    // ---- numbers ----

    [Test]
    public void Int_ConvertsToEveryIntegerTypeDoubleAndDecimal()
    {
        var (value, _) = Read(scope => new object[]
        {
            scope.GetVariable<byte>("n"), scope.GetVariable<sbyte>("n"), scope.GetVariable<short>("n"),
            scope.GetVariable<ushort>("n"), scope.GetVariable<int>("n"), scope.GetVariable<uint>("n"),
            scope.GetVariable<long>("n"), scope.GetVariable<ulong>("n"), scope.GetVariable<BigInteger>("n"),
            scope.GetVariable<double>("n"), scope.GetVariable<float>("n"), scope.GetVariable<decimal>("n"),
            scope.GetVariable<int?>("n")!,
        }, "\nn = 42");
        Assert.That(value, Is.EqualTo(new object[]
        {
            (byte)42, (sbyte)42, (short)42, (ushort)42, 42, 42u, 42L, 42ul, new BigInteger(42), 42.0, 42f, 42m, 42,
        }));
        Assert.That(value.Select(v => v.GetType()), Is.EqualTo(new[]
        {
            typeof(byte), typeof(sbyte), typeof(short), typeof(ushort), typeof(int), typeof(uint), typeof(long), typeof(ulong),
            typeof(BigInteger), typeof(double), typeof(float), typeof(decimal), typeof(int),
        }));
    }

    [Test]
    public void GetVariableOfInt() => Assert.That(Read(scope => scope.GetVariable<int>("n"), "\nn = 7").Value, Is.EqualTo(7));

    [Test]
    public void GetVariableOfLong() => Assert.That(Read(scope => scope.GetVariable<long>("n"), "\nn = 2 ** 40").Value, Is.EqualTo(1L << 40));

    [Test]
    public void GetVariableOfDouble() => Assert.That(Read(scope => scope.GetVariable<double>("n"), "\nn = 7").Value, Is.EqualTo(7.0));

    [Test]
    public void GetVariableOfBigInteger() => Assert.That(Read(scope => scope.GetVariable<BigInteger>("big")).Value, Is.EqualTo(BigInteger.Pow(2, 100)));

    [Test]
    public void GetVariableOfBigInteger_FromASmallInt() => Assert.That(Read(scope => scope.GetVariable<BigInteger>("n"), "\nn = 5").Value, Is.EqualTo(new BigInteger(5)));

    [Test]
    public void BigInt_ConvertsToDouble() => Assert.That(Read(scope => scope.GetVariable<double>("big")).Value, Is.EqualTo(Math.Pow(2, 100)));

    [Test]
    public void Float_ConvertsToDoubleFloatAndDecimal()
    {
        var (value, _) = Read(scope => (scope.GetVariable<double>("f"), scope.GetVariable<float>("f"), scope.GetVariable<decimal>("f")), "\nf = 2.5");
        Assert.That(value, Is.EqualTo((2.5, 2.5f, 2.5m)));
    }

    [Test]
    public void IntAsObject_IsAnIntWhenItFitsElseLongElseBigInteger()
    {
        var (value, _) = Read(scope => (scope.GetVariable("n"), scope.GetVariable("wide"), scope.GetVariable("big"), scope.GetVariable("none")),
            "\nn = 5\nwide = 2 ** 40\nnone = None");
        Assert.Multiple(() =>
        {
            Assert.That(value.Item1, Is.TypeOf<int>().And.EqualTo(5));
            Assert.That((int)value.Item1!, Is.EqualTo(5));
            Assert.That(value.Item2, Is.TypeOf<long>().And.EqualTo(1L << 40));
            Assert.That(value.Item3, Is.TypeOf<BigInteger>());
            Assert.That(value.Item4, Is.Null);
        });
    }

    [Test]
    public void IntTooLarge_IsOverflowError() =>
        Assert.That(Fails(scope => scope.GetVariable<long>("big")), Is.EqualTo("OverflowError: Python int too large to convert to long"));

    [Test]
    public void IntTooLargeForByte_IsOverflowError() =>
        Assert.That(Fails(scope => scope.GetVariable<byte>("n"), "\nn = 300"), Is.EqualTo("OverflowError: Python int too large to convert to byte"));

    [Test]
    public void NegativeIntToUnsigned_IsOverflowError() =>
        Assert.That(Fails(scope => scope.GetVariable<uint>("n"), "\nn = -1"), Is.EqualTo("OverflowError: can't convert negative int to unsigned"));

    [Test]
    public void HugeIntToDouble_IsOverflowError() =>
        Assert.That(Fails(scope => scope.GetVariable<double>("n"), "\nn = 2 ** 2000"), Is.EqualTo("OverflowError: int too large to convert to float"));

    [Test]
    public void StrToInt_IsTypeErrorNotInvalidCast() =>
        Assert.That(Fails(scope => scope.GetVariable<int>("s"), "\ns = 'x'"), Is.EqualTo("TypeError: cannot convert 'str' object to int"));

    [Test]
    public void NoneToInt_IsTypeError() =>
        Assert.That(Fails(scope => scope.GetVariable<int>("s"), "\ns = None"), Is.EqualTo("TypeError: cannot convert 'NoneType' object to int"));

    [Test]
    public void DecimalDateTimeGuidAndTimeSpan_RoundTrip()
    {
        var when = new DateTime(2024, 2, 29, 12, 0, 0);
        var id = Guid.NewGuid();
        var (value, _) = Read(scope =>
        {
            scope.SetVariable("m", 12.345m);
            scope.SetVariable("when", when);
            scope.SetVariable("id", id);
            scope.SetVariable("span", TimeSpan.FromMinutes(90));
            scope.Engine.Execute("m2 = m\nwhen2 = when\nid2 = id\nspan2 = span", scope);
            return (scope.GetVariable<decimal>("m2"), scope.GetVariable<DateTime>("when2"), scope.GetVariable<Guid>("id2"), scope.GetVariable<TimeSpan>("span2"));
        });
        Assert.That(value, Is.EqualTo((12.345m, when, id, TimeSpan.FromMinutes(90))));
    }
}
