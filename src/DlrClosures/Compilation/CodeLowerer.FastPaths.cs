using DlrClosures.Runtime;
using DlrClosures.Runtime.Binders;
using DlrClosures.Runtime.Functions;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Compilation;

// Inline fast paths in front of the dynamic sites of the commonest operations. A site costs a call
// through its rule delegate even when the rule matches at once; profiling fib showed those stubs at
// a fifth of the time. So the lowered code tests for the common case itself and only falls back to
// the site (which still handles every type, and caches its own rules) when the test fails:
// - `a op b` and `a < b` on two ints that fit in a long: overflow-checked arithmetic (into
//   BigInteger through PyArithmetic's typed helpers) or a plain comparison, in the function's IL;
// - `f(a, b)` where f is a Python function: PyFunction.CallN, which jumps to the code object's
//   arity-specialised delegate and hands it this frame's FrameCounter. The test is on the type,
//   not the function, so calling any closure of any def stays on this path. Any other runtime
//   callable (a builtin, a class, a bound method) gets the virtual PyCallable.CallN the invoke
//   binder's rule would call: binding a site costs an expression compile, which a script that
//   calls print once should not pay. The site remains for objects that are not PyCallables.
// - `d[k]` and `d[k] = v` where d is a dict: the dict's indexer, which is all the index binders'
//   rule for a dict does, without the call through the site's rule delegate.
internal sealed partial class CodeLowerer
{
    /// <summary>
    /// <c>left op right</c> as <paramref name="resultType"/> (<c>object</c>, or <c>bool</c> for a
    /// comparison that is a condition), with an inline path for two small ints when the binder
    /// found that the operation has one (<paramref name="intRule"/>).
    /// </summary>
    private static Linq.Expression LowerBinary(PyBinaryOp op, Linq.Expression left, Linq.Expression right, Type resultType, bool intRule)
    {
        Linq.Expression Site(Linq.Expression l, Linq.Expression r) =>
            Linq.Expression.Dynamic(PyBinaryOperationBinder.Get(op, resultType), resultType, l, r);

        if (!intRule || CannotBeInt(left) || CannotBeInt(right)) return Site(left, right);

        var temps = new List<Linq.ParameterExpression>();
        var body = new List<Linq.Expression>();
        var l = Operand(left, rightIsTrivial: IsTrivial(right), temps, body);
        var r = Operand(right, rightIsTrivial: true, temps, body);
        Linq.Expression? test = null;
        var a = IntValue(l, ref test);
        var b = IntValue(r, ref test);
        // Two constants are rare, and the site folds nothing anyway; without an inline rule
        // (true division, power, shifts) the temporaries are dropped unused.
        var inline = test is null ? null : IntOperation(op, a, b, resultType);
        if (inline is null) return Site(left, right);
        body.Add(Linq.Expression.Condition(test!, inline, Site(l, r), resultType));
        return temps.Count == 0 && body.Count == 1 ? body[0] : Linq.Expression.Block(resultType, temps, body);
    }

    /// <summary>
    /// <c>callee(args)</c>, positional and at most <see cref="PyCode.MaxFastArity"/> arguments: a Python
    /// function or another runtime callable is called directly, anything else through <paramref name="binder"/>'s site.
    /// </summary>
    private Linq.Expression LowerPositionalCall(Linq.Expression callee, IReadOnlyList<Linq.Expression> arguments, PyInvokeBinder binder)
    {
        var temps = new List<Linq.ParameterExpression>();
        var body = new List<Linq.Expression>();
        var target = Operand(callee, rightIsTrivial: arguments.All(IsTrivial), temps, body);
        var values = arguments.Select((argument, i) =>
            Operand(argument, rightIsTrivial: arguments.Skip(i + 1).All(IsTrivial), temps, body)).ToArray();
        var function = Linq.Expression.Variable(typeof(PyFunction), "function");
        var callable = Linq.Expression.Variable(typeof(PyCallable), "callable");
        temps.Add(function);
        temps.Add(callable);
        body.Add(Linq.Expression.Condition(
            Linq.Expression.NotEqual(Linq.Expression.Assign(function, Linq.Expression.TypeAs(target, typeof(PyFunction))),
                Linq.Expression.Constant(null, typeof(PyFunction))),
            Linq.Expression.Call(function, "Call" + values.Length, null, [_frames, .. values]),
            Linq.Expression.Condition(
                Linq.Expression.NotEqual(Linq.Expression.Assign(callable, Linq.Expression.TypeAs(target, typeof(PyCallable))),
                    Linq.Expression.Constant(null, typeof(PyCallable))),
                Linq.Expression.Call(callable, "Call" + values.Length, null, values),
                Linq.Expression.Dynamic(binder, typeof(object), [target, .. values]),
                typeof(object)),
            typeof(object)));
        return Linq.Expression.Block(typeof(object), temps, body);
    }

    /// <summary><c>container[index]</c>: a dict is read directly, anything else through the index binder's site.</summary>
    private static Linq.Expression LowerGetItem(Linq.Expression container, Linq.Expression index)
    {
        // A container typed as something else (a display builds a PyList, say) is never a dict.
        if (container.Type != typeof(object))
            return Linq.Expression.Dynamic(PyGetIndexBinder.Instance, typeof(object), container, index);
        var temps = new List<Linq.ParameterExpression>();
        var body = new List<Linq.Expression>();
        var c = Operand(container, rightIsTrivial: IsTrivial(index), temps, body);
        var i = Operand(index, rightIsTrivial: true, temps, body);
        body.Add(Linq.Expression.Condition(
            Linq.Expression.TypeEqual(c, typeof(PyDict)),
            Linq.Expression.Property(Linq.Expression.Convert(c, typeof(PyDict)), "Item", i),
            Linq.Expression.Dynamic(PyGetIndexBinder.Instance, typeof(object), c, i),
            typeof(object)));
        return Linq.Expression.Block(typeof(object), temps, body);
    }

    /// <summary><c>container[index] = value</c> (the container, then the index, then <paramref name="value"/> as given): a dict is written directly.</summary>
    private static Linq.Expression LowerSetItem(Linq.Expression container, Linq.Expression index, Linq.Expression value)
    {
        if (container.Type != typeof(object))
            return Linq.Expression.Dynamic(PySetIndexBinder.Instance, typeof(object), container, index, value);
        var temps = new List<Linq.ParameterExpression>();
        var body = new List<Linq.Expression>();
        var c = Operand(container, rightIsTrivial: IsTrivial(index) && IsTrivial(value), temps, body);
        var i = Operand(index, rightIsTrivial: IsTrivial(value), temps, body);
        var v = Operand(value, rightIsTrivial: true, temps, body);
        body.Add(Linq.Expression.Condition(
            Linq.Expression.TypeEqual(c, typeof(PyDict)),
            Linq.Expression.Assign(Linq.Expression.Property(Linq.Expression.Convert(c, typeof(PyDict)), "Item", i), v),
            Linq.Expression.Dynamic(PySetIndexBinder.Instance, typeof(object), c, i, v),
            typeof(object)));
        return Linq.Expression.Block(typeof(object), temps, body);
    }

    // The binder's own (int, int) rule for op as resultType (a comparison boxed when a value is
    // wanted), or null when the operation has no inline form.
    private static Linq.Expression? IntOperation(PyBinaryOp op, Linq.Expression a, Linq.Expression b, Type resultType)
    {
        var rule = PyBinaryOperationBinder.IntRule(op, a, b);
        if (rule is null || rule.Type == resultType) return rule;
        return rule.Type == typeof(bool) && resultType == typeof(object) ? PyBinaryOperationBinder.BoxBool(rule) : null;
    }

    // An operand as a long: a constant int as itself, anything else unboxed behind a type test
    // added to `test`.
    private static Linq.Expression IntValue(Linq.Expression operand, ref Linq.Expression? test)
    {
        if (operand is Linq.ConstantExpression { Value: long constant }) return Linq.Expression.Constant(constant);
        var isInt = Linq.Expression.TypeIs(operand, typeof(long));
        test = test is null ? isInt : Linq.Expression.AndAlso(test, isInt);
        return Linq.Expression.Unbox(operand, typeof(long));
    }

    // An operand that can never be a boxed long: a constant of another type, or an expression
    // statically typed as something else (a display builds a PyList, say).
    private static bool CannotBeInt(Linq.Expression operand) =>
        operand is Linq.ConstantExpression { Value: not long } || operand.Type != typeof(object);

    // Reading a variable or a constant has no effect and cannot be affected by evaluating others.
    private static bool IsTrivial(Linq.Expression operand) => operand is Linq.ConstantExpression or Linq.ParameterExpression;

    // An operand used twice (in the test and in a branch) is evaluated once, into a temporary, in
    // source order. A variable may be read directly when every later operand is a variable or a
    // constant, which cannot assign it before it is read.
    private static Linq.Expression Operand(Linq.Expression operand, bool rightIsTrivial,
        List<Linq.ParameterExpression> temps, List<Linq.Expression> body)
    {
        if (operand is Linq.ConstantExpression || (operand is Linq.ParameterExpression && rightIsTrivial)) return operand;
        var temp = Linq.Expression.Variable(operand.Type, "operand");
        temps.Add(temp);
        body.Add(Linq.Expression.Assign(temp, operand));
        return temp;
    }
}
