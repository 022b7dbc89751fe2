using System.Reflection;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Interop;

/// <summary>
/// Calls one of a set of .NET overloads (methods, constructors, a delegate's Invoke, an indexer's
/// accessors) with Python arguments, as IronPython's method binder does:
/// <list type="number">
/// <item>A generic method is closed over the type arguments its arguments imply (<see cref="ClrGenericInference"/>).</item>
/// <item>Each candidate maps the arguments to its parameters: positional ones in order (an
/// <c>out</c> parameter takes none), keywords by parameter name, extra positional ones into a
/// <c>params</c> array, missing ones from their default values.</item>
/// <item>Each mapped argument is ranked by <see cref="ClrConversion.Cost"/>; the candidate with the
/// lowest total wins (the first declared on a tie).</item>
/// <item>The winner's arguments are converted and it is invoked; an exception it throws is mapped at
/// this boundary (<see cref="ClrExceptions"/>).</item>
/// <item>The result is the return value, then the final values of <c>ref</c> and <c>out</c>
/// parameters, as a tuple when there is more than one (None when there is none).</item>
/// </list>
/// </summary>
internal static class ClrOverloads
{
    // Slots hold Python values still to convert (Pending) or .NET values ready to pass; only the
    // winner's arguments are converted, so a losing candidate never runs a conversion.
    private sealed record Plan(MethodBase Method, object?[] Slots, int Cost);

    private sealed record Pending(object Value, Type Type);

    private sealed record PendingArray(object[] Values, Type ElementType);

    /// <summary>Calls the best of <paramref name="candidates"/> on <paramref name="target"/> (null for static members and constructors).</summary>
    public static object Invoke(string displayName, IReadOnlyList<MethodBase> candidates, object? target, object[] args, string[]? kwNames)
    {
        kwNames ??= [];
        var best = Choose(candidates, args, kwNames, implicitOnly: false);
        if (best is null) throw NoMatch(displayName, candidates, args, kwNames);
        return Run(best, target);
    }

    /// <summary>
    /// Calls the best static <paramref name="candidates"/> with positional <paramref name="args"/>
    /// converted only as C# converts implicitly (for operators); false when none applies.
    /// </summary>
    public static bool TryInvokeImplicit(IReadOnlyList<MethodBase> candidates, object[] args, out object result)
    {
        var best = Choose(candidates, args, [], implicitOnly: true);
        result = best is null ? PyNone.Instance : Run(best, null);
        return best is not null;
    }

    private static Plan? Choose(IReadOnlyList<MethodBase> candidates, object[] args, string[] kwNames, bool implicitOnly)
    {
        Plan? best = null;
        foreach (var candidate in candidates)
        {
            var plan = TryPlan(candidate, args, kwNames, implicitOnly);
            if (plan is not null && (best is null || plan.Cost < best.Cost)) best = plan;
        }
        return best;
    }

    private static Plan? TryPlan(MethodBase method, object[] args, string[] kwNames, bool implicitOnly)
    {
        if (method is MethodInfo { IsGenericMethodDefinition: true } generic)
        {
            if (ClrGenericInference.TryInfer(generic, args, args.Length - kwNames.Length) is not { } closed) return null;
            method = closed;
        }
        var parameters = method.GetParameters();
        int positional = args.Length - kwNames.Length;
        var slots = new object?[parameters.Length];
        var filled = new bool[parameters.Length];
        int cost = 0;
        int p = 0;
        int paramsIndex = parameters.Length > 0 && parameters[^1].IsDefined(typeof(ParamArrayAttribute), false) ? parameters.Length - 1 : -1;
        int i = 0;
        for (; i < positional; i++)
        {
            while (p < parameters.Length && IsOut(parameters[p])) p++;
            if (p >= parameters.Length || p == paramsIndex) break;
            int c = ClrConversion.Cost(args[i], parameters[p].ParameterType, implicitOnly);
            if (c == ClrConversion.Impossible) return null;
            cost += c;
            slots[p] = new Pending(args[i], parameters[p].ParameterType);
            filled[p++] = true;
        }
        if (i < positional)
        {
            if (paramsIndex < 0 || p != paramsIndex) return null;
            // One argument that is itself the array (or converts to it) fills the params parameter;
            // otherwise the remaining positional arguments are its elements.
            var arrayType = parameters[paramsIndex].ParameterType;
            var elementType = arrayType.GetElementType()!;
            if (positional - i == 1 && ClrConversion.Cost(args[i], arrayType) is var whole && whole < ClrConversion.Impossible
                && ClrConversion.Cost(args[i], elementType) >= whole)
            {
                cost += whole;
                slots[paramsIndex] = new Pending(args[i], arrayType);
            }
            else
            {
                var values = args[i..positional];
                foreach (var value in values)
                {
                    int c = ClrConversion.Cost(value, elementType);
                    if (c == ClrConversion.Impossible) return null;
                    cost += c + 1;
                }
                slots[paramsIndex] = new PendingArray(values, elementType);
            }
            filled[paramsIndex] = true;
        }
        for (int k = 0; k < kwNames.Length; k++)
        {
            int index = Array.FindIndex(parameters, x => x.Name == kwNames[k]);
            if (index < 0 || filled[index] || IsOut(parameters[index])) return null;
            var value = args[positional + k];
            int c = ClrConversion.Cost(value, parameters[index].ParameterType);
            if (c == ClrConversion.Impossible) return null;
            cost += c;
            slots[index] = new Pending(value, parameters[index].ParameterType);
            filled[index] = true;
        }
        for (int k = 0; k < parameters.Length; k++)
        {
            if (filled[k]) continue;
            var parameter = parameters[k];
            var type = parameter.ParameterType.IsByRef ? parameter.ParameterType.GetElementType()! : parameter.ParameterType;
            if (IsOut(parameter)) slots[k] = type.IsValueType ? Activator.CreateInstance(type) : null;
            else if (k == paramsIndex) slots[k] = Array.CreateInstance(type.GetElementType()!, 0);
            else if (parameter.HasDefaultValue) slots[k] = parameter.DefaultValue ?? (type.IsValueType ? Activator.CreateInstance(type) : null);
            else if (parameter.IsOptional) slots[k] = type.IsValueType ? Activator.CreateInstance(type) : null;
            else return null;
            cost += 1;
        }
        return new Plan(method, slots, cost);
    }

    // A conversion whose cost was finite can still fail on the value (an element of a list that
    // does not fit the element type): it raises then, as the only candidate left would.
    private static void ConvertSlots(object?[] slots)
    {
        for (int k = 0; k < slots.Length; k++)
        {
            switch (slots[k])
            {
                case Pending pending:
                    slots[k] = ClrConversion.Convert(pending.Value, pending.Type);
                    break;
                case PendingArray pending:
                    var array = Array.CreateInstance(pending.ElementType, pending.Values.Length);
                    for (int i = 0; i < pending.Values.Length; i++) array.SetValue(ClrConversion.Convert(pending.Values[i], pending.ElementType), i);
                    slots[k] = array;
                    break;
            }
        }
    }

    private static bool IsOut(ParameterInfo parameter) => parameter.IsOut && !parameter.IsIn && parameter.ParameterType.IsByRef;

    private static object Run(Plan plan, object? target)
    {
        ConvertSlots(plan.Slots);
        object? result;
        try
        {
            result = plan.Method is ConstructorInfo constructor
                ? constructor.Invoke(BindingFlags.DoNotWrapExceptions, null, plan.Slots, null)
                : plan.Method.Invoke(target, BindingFlags.DoNotWrapExceptions, null, plan.Slots, null);
        }
        catch (Exception error) when (ClrExceptions.IsHostException(error))
        {
            throw ClrExceptions.ToPython(error);
        }
        var parameters = plan.Method.GetParameters();
        var results = new List<object>();
        if (plan.Method is ConstructorInfo || ((MethodInfo)plan.Method).ReturnType != typeof(void))
            results.Add(PyConversions.FromClr(result));
        for (int k = 0; k < parameters.Length; k++)
            if (parameters[k].ParameterType.IsByRef) results.Add(PyConversions.FromClr(plan.Slots[k]));
        return results.Count switch
        {
            0 => PyNone.Instance,
            1 => results[0],
            _ => new PyTuple(results.ToArray()),
        };
    }

    private static PyException NoMatch(string name, IReadOnlyList<MethodBase> candidates, object[] args, string[] kwNames)
    {
        int positional = args.Length - kwNames.Length;
        if (candidates.Count == 1 && candidates[0] is not MethodInfo { IsGenericMethodDefinition: true })
        {
            // One signature: say what is wrong with the call, as CPython does for a function.
            var parameters = candidates[0].GetParameters();
            foreach (var keyword in kwNames)
                if (!parameters.Any(x => x.Name == keyword)) return PyErrors.TypeError(InteropMessages.UnexpectedKeyword(name, keyword));
            var inputs = parameters.Where(x => !IsOut(x)).ToArray();
            bool hasParams = inputs.Length > 0 && inputs[^1].IsDefined(typeof(ParamArrayAttribute), false);
            int required = inputs.Count(x => !x.HasDefaultValue && !x.IsOptional && !x.IsDefined(typeof(ParamArrayAttribute), false));
            if (positional > inputs.Length && !hasParams || args.Length < required)
                return PyErrors.TypeError(InteropMessages.TakesArguments(name, inputs.Length, args.Length));
            for (int k = 0; k < Math.Min(positional, inputs.Length); k++)
            {
                var type = inputs[k].IsDefined(typeof(ParamArrayAttribute), false) ? inputs[k].ParameterType.GetElementType()! : inputs[k].ParameterType;
                if (ClrConversion.Cost(args[k], type) == ClrConversion.Impossible)
                {
                    if (type.IsByRef) type = type.GetElementType()!;
                    if (ClrConversion.IsInteger(type) && PyInt.IsInt(args[k])) ClrConversion.Convert(args[k], type);
                    return PyErrors.TypeError(InteropMessages.ArgumentType(name, k + 1, type, PyTypes.TypeName(args[k])));
                }
            }
        }
        return PyErrors.TypeError(InteropMessages.NoOverload(name, args.Select(PyTypes.TypeName)));
    }
}
