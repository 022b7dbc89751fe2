using System.Linq.Expressions;
using System.Numerics;
using DlrClosures.Hosting;
using DlrClosures.Runtime.Exceptions;
using NUnit.Framework;

namespace DlrClosures.Tests.Hosting;

/// <summary><see cref="ObjectOperations"/> on script values and on .NET objects, on both engines.</summary>
[TestFixture(ExecutionMode.Compile)]
[TestFixture(ExecutionMode.Interpret)]
public sealed class ObjectOperationsTests(ExecutionMode mode)
{
    private ScriptEngine _engine = null!;
    private ScriptScope _scope = null!;
    private ObjectOperations _ops = null!;

    [SetUp]
    public void SetUp()
    {
        _engine = Python.CreateEngine(new ScriptRuntimeSetup { ExecutionMode = mode });
        _scope = _engine.CreateScope();
        _engine.Execute("""
            class Account:
                '''A bank account.'''
                rate = 2
                def __init__(self, owner, balance=0):
                    self.owner = owner
                    self.balance = balance
                def deposit(self, amount):
                    '''Adds amount.'''
                    self.balance += amount
                    return self.balance
                def __add__(self, other):
                    return Account(self.owner, self.balance + other)
                def __lt__(self, other):
                    return self.balance < other.balance
                def __repr__(self):
                    return f'Account({self.owner!r}, {self.balance})'
            acct = Account('ann', 10)
            def area(w, h=1):
                return w * h
            class Caller:
                def __call__(self, x):
                    return x + 1
            caller = Caller()
            """, _scope);
        _ops = _engine.Operations;
    }

    private object Var(string name) => _scope.GetVariable(name)!;

    [Test]
    public void IsCallable()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_ops.IsCallable(Var("area")), Is.True);
            Assert.That(_ops.IsCallable(Var("Account")), Is.True);
            Assert.That(_ops.IsCallable(Var("caller")), Is.True);
            Assert.That(_ops.IsCallable((Func<int>)(() => 1)), Is.True);
            Assert.That(_ops.IsCallable(typeof(List<int>)), Is.True);
            Assert.That(_ops.IsCallable(Var("acct")), Is.False);
            Assert.That(_ops.IsCallable(3), Is.False);
            Assert.That(_ops.IsCallable(null), Is.False);
        });
    }

    [Test]
    public void Invoke_CallsWithPositionalAndNamedArguments()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_ops.Invoke(Var("area"), 6, 7), Is.EqualTo(42));
            Assert.That(_ops.Invoke(Var("area"), new object?[] { 6, 7 }, new[] { "h" }), Is.EqualTo(42));
            Assert.That(_ops.Invoke(Var("caller"), 41), Is.EqualTo(42));
            Assert.That(_ops.Invoke((Func<int, int>)(x => x * 2), 21), Is.EqualTo(42));
            Assert.That(() => _ops.Invoke(3), Throws.TypeOf<PyException>().With.Message.EqualTo("'int' object is not callable"));
        });
    }

    [Test]
    public void InvokeMemberAndCreateInstance()
    {
        var other = _ops.CreateInstance(Var("Account"), "bo");

        Assert.Multiple(() =>
        {
            Assert.That(_ops.InvokeMember(Var("acct"), "deposit", 5), Is.EqualTo(15));
            Assert.That(_ops.InvokeMember(other, "deposit", 1), Is.EqualTo(1));
            Assert.That(_ops.InvokeMember(new List<int> { 1 }, "Contains", 1), Is.EqualTo(true));
            Assert.That(_ops.InvokeMember("a,b", "split", ","), Is.EqualTo(_engine.Execute("['a', 'b']")).Using<object>((a, b) => _ops.Equal(a, b)));
        });
    }

    [Test]
    public void GetMember_AndItsTypedAndTryForms()
    {
        var acct = Var("acct");
        Assert.Multiple(() =>
        {
            Assert.That(_ops.GetMember(acct, "owner"), Is.EqualTo("ann"));
            Assert.That(_ops.GetMember<long>(acct, "balance"), Is.EqualTo(10L));
            Assert.That(_ops.GetMember(new Uri("http://x/"), "Host"), Is.EqualTo("x"));
            Assert.That(_ops.TryGetMember(acct, "rate", out var rate) && rate is 2, Is.True);
            Assert.That(_ops.TryGetMember(acct, "nope", out var none), Is.False);
            Assert.That(none, Is.Null);
            Assert.That(() => _ops.GetMember(acct, "nope"),
                Throws.TypeOf<PyException>().With.Message.EqualTo("'Account' object has no attribute 'nope'"));
        });
    }

    [Test]
    public void SetContainsAndRemoveMember()
    {
        var acct = Var("acct");
        var list = new List<int>();

        _ops.SetMember(acct, "owner", "cy");
        _ops.SetMember<int>(acct, "balance", 99);
        _ops.SetMember(list, "Capacity", 8);

        Assert.Multiple(() =>
        {
            Assert.That(_engine.Execute<string>("repr(acct)", _scope), Is.EqualTo("Account('cy', 99)"));
            Assert.That(list.Capacity, Is.EqualTo(8));
            Assert.That(_ops.ContainsMember(acct, "owner"), Is.True);
            Assert.That(_ops.ContainsMember(acct, "deposit"), Is.True);
            Assert.That(_ops.RemoveMember(acct, "owner"), Is.True);
            Assert.That(_ops.ContainsMember(acct, "owner"), Is.False);
            Assert.That(_ops.RemoveMember(acct, "owner"), Is.False);
            Assert.That(() => _ops.SetMember(3, "x", 1), Throws.TypeOf<PyException>().With.Property("PythonType").EqualTo("AttributeError"));
        });
    }

    [Test]
    public void GetMemberNames_IsDir()
    {
        var names = _ops.GetMemberNames(Var("acct"));
        Assert.Multiple(() =>
        {
            Assert.That(names, Is.SupersetOf(new[] { "balance", "deposit", "owner", "rate", "__init__" }));
            Assert.That(names, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
            Assert.That(_ops.GetMemberNames(new List<int>()), Does.Contain("Count").And.Contain("Add"));
        });
    }

    [Test]
    public void ConvertTo_AndTryConvertTo()
    {
        var big = _engine.Execute("2 ** 70");
        Assert.Multiple(() =>
        {
            Assert.That(_ops.ConvertTo<long>(_engine.Execute("6 * 7")), Is.EqualTo(42L));
            Assert.That(_ops.ConvertTo<double>(5), Is.EqualTo(5.0));
            Assert.That(_ops.ConvertTo<Func<int, int, int>>(Var("area"))(6, 7), Is.EqualTo(42));
            Assert.That(_ops.ConvertTo(_engine.Execute("[1, 2]"), typeof(int[])), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(_ops.TryConvertTo<int>(big, out var tooBig), Is.False);
            Assert.That(tooBig, Is.EqualTo(0));
            Assert.That(_ops.TryConvertTo<BigInteger>(big, out var exact) && exact == BigInteger.Pow(2, 70), Is.True);
            Assert.That(_ops.TryConvertTo("x", typeof(int), out var none), Is.False);
            Assert.That(none, Is.Null);
            Assert.That(_ops.TryConvertTo(7, typeof(decimal), out var dec) && dec is 7m, Is.True);
            Assert.That(() => _ops.ConvertTo<int>(big), Throws.TypeOf<PyException>().With.Property("PythonType").EqualTo("OverflowError"));
        });
    }

    [Test]
    public void Format_IsRepr()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_ops.Format(Var("acct")), Is.EqualTo("Account('ann', 10)"));
            Assert.That(_ops.Format("it's"), Is.EqualTo("\"it's\""));
            Assert.That(_ops.Format(_engine.Execute("[1, 'a', None, 2.5]")), Is.EqualTo("[1, 'a', None, 2.5]"));
            Assert.That(_ops.Format(null), Is.EqualTo("None"));
            Assert.That(_ops.Format(true), Is.EqualTo("True"));
        });
    }

    [Test]
    public void GetDocumentation_IsTheDocstring()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_ops.GetDocumentation(Var("Account")), Is.EqualTo("A bank account."));
            Assert.That(_ops.GetDocumentation(_ops.GetMember(Var("acct"), "deposit")), Is.EqualTo("Adds amount."));
            Assert.That(_ops.GetDocumentation(Var("area")), Is.EqualTo(""));
        });
    }

    [Test]
    public void BinaryOperations_HavePythonsMeaning()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_ops.Add(40, 2), Is.EqualTo(42));
            Assert.That(_ops.Add("a", "b"), Is.EqualTo("ab"));
            Assert.That(_ops.Subtract(50, 8), Is.EqualTo(42));
            Assert.That(_ops.Multiply("ab", 2), Is.EqualTo("abab"));
            Assert.That(_ops.Divide(7, 2), Is.EqualTo(3.5));
            Assert.That(_ops.Modulo(-7, 3), Is.EqualTo(2));
            Assert.That(_ops.Power(2, 100), Is.EqualTo(BigInteger.Pow(2, 100)));
            Assert.That(_ops.LeftShift(1, 4), Is.EqualTo(16));
            Assert.That(_ops.RightShift(-16, 2), Is.EqualTo(-4));
            Assert.That(_ops.BitwiseAnd(6, 3), Is.EqualTo(2));
            Assert.That(_ops.BitwiseOr(6, 3), Is.EqualTo(7));
            Assert.That(_ops.ExclusiveOr(6, 3), Is.EqualTo(5));
            Assert.That(_ops.Format(_ops.Add(Var("acct"), 5)), Is.EqualTo("Account('ann', 15)"));
            Assert.That(_ops.Add(1m, 2), Is.EqualTo(3m));
            Assert.That(() => _ops.Divide(1, 0), Throws.TypeOf<PyException>().With.Message.EqualTo("division by zero"));
            Assert.That(() => _ops.Add(1, "a"), Throws.TypeOf<PyException>()
                .With.Message.EqualTo("unsupported operand type(s) for +: 'int' and 'str'"));
        });
    }

    [Test]
    public void Comparisons_ReturnTheTruthOfTheResult()
    {
        var rich = _engine.Execute("Account('x', 100)", _scope);
        Assert.Multiple(() =>
        {
            Assert.That(_ops.LessThan(1, 2), Is.True);
            Assert.That(_ops.LessThanOrEqual(2, 2), Is.True);
            Assert.That(_ops.GreaterThan("b", "a"), Is.True);
            Assert.That(_ops.GreaterThanOrEqual(1, 2), Is.False);
            Assert.That(_ops.Equal(1, 1.0), Is.True);
            Assert.That(_ops.NotEqual("a", "a"), Is.False);
            Assert.That(_ops.LessThan(Var("acct"), rich), Is.True);
            Assert.That(() => _ops.LessThan(1, "a"), Throws.TypeOf<PyException>()
                .With.Message.EqualTo("'<' not supported between instances of 'int' and 'str'"));
        });
    }

    [Test]
    public void DoOperation_UnaryAndBinary()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_ops.DoOperation(ExpressionType.Negate, 5), Is.EqualTo(-5));
            Assert.That(_ops.DoOperation(ExpressionType.OnesComplement, 5), Is.EqualTo(-6));
            Assert.That(_ops.DoOperation(ExpressionType.Not, _engine.Execute("[]")), Is.EqualTo(true));
            Assert.That(_ops.DoOperation(ExpressionType.Multiply, 6, 7), Is.EqualTo(42));
        });
    }

    [Test]
    public void ScriptCode_RunsUnderItsRuntimesOutput()
    {
        var output = new StringWriter();
        _engine.Runtime.IO.SetOutput(output);
        _engine.Execute("def shout(x):\n    print(x.upper())", _scope);

        _ops.Invoke(Var("shout"), "hi");
        _ops.Format(_engine.Execute("print", _scope));

        Assert.That(output.ToString(), Is.EqualTo("HI\n"));
    }

    [Test]
    public void Operations_RunUnderTheRuntimesLimits()
    {
        var engine = Python.CreateEngine(new ScriptRuntimeSetup { ExecutionMode = mode, MaxStatements = 1000 });
        var scope = engine.CreateScope();
        engine.Execute("def spin():\n    while True:\n        pass\nclass Spinner:\n    def __repr__(self):\n        spin()\ns = Spinner()", scope);

        Assert.Multiple(() =>
        {
            Assert.That(() => engine.Operations.Invoke(scope.GetVariable("spin")), Throws.TypeOf<ScriptStatementLimitException>());
            Assert.That(() => engine.Operations.Format(scope.GetVariable("s")), Throws.TypeOf<ScriptStatementLimitException>());
            Assert.That(() => { dynamic spin = scope.GetVariable("spin")!; spin(); }, Throws.TypeOf<ScriptStatementLimitException>(), "C# dynamic too");
            engine.Execute("class Caller:\n    def __call__(self):\n        spin()\nc = Caller()", scope);
            Assert.That(() => scope.GetVariable<Action>("c")(), Throws.TypeOf<ScriptStatementLimitException>(), "a callable instance as a delegate too");
            Assert.That(engine.Operations.Add(1, 2), Is.EqualTo(3), "the runtime runs normally afterwards");
        });
    }

    [Test]
    public void Unwrap_ConvertsAHandlesValue() =>
        Assert.That(_ops.Unwrap<List<int>>(_engine.ExecuteAndWrap("[3, 4]")), Is.EqualTo(new[] { 3, 4 }));
}
