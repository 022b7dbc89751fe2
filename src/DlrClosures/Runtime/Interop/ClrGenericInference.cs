using System.Numerics;
using System.Reflection;

namespace DlrClosures.Runtime.Interop;

/// <summary>
/// Type arguments of a generic .NET method from the arguments of a call, as C#'s inference does
/// in its simple cases: a parameter of type <c>T</c> takes the natural .NET type of its argument (an
/// int is <c>int</c> when it fits, else <c>long</c>; a float <c>double</c>; a str <c>string</c>; a
/// .NET object its own type), and <c>T[]</c>, <c>IEnumerable&lt;T&gt;</c> and other constructed
/// parameter types match the argument's type, its base types and its interfaces. A method whose
/// type arguments are not all implied, or conflict, is not a candidate.
/// </summary>
internal static class ClrGenericInference
{
    public static MethodInfo? TryInfer(MethodInfo method, object[] args, int positional)
    {
        var parameters = method.GetParameters();
        var inferred = new Dictionary<Type, Type>();
        for (int i = 0; i < Math.Min(positional, parameters.Length); i++)
        {
            if (NaturalType(args[i]) is not { } actual) continue;
            if (!Unify(parameters[i].ParameterType, actual, inferred)) return null;
        }
        var arguments = method.GetGenericArguments();
        if (!arguments.All(inferred.ContainsKey)) return null;
        try
        {
            return method.MakeGenericMethod(arguments.Select(a => inferred[a]).ToArray());
        }
        catch (ArgumentException)
        {
            // A constraint (where T : struct, ...) the inferred type does not meet.
            return null;
        }
    }

    private static Type? NaturalType(object value) => value switch
    {
        long l => l is >= int.MinValue and <= int.MaxValue ? typeof(int) : typeof(long),
        BigInteger => typeof(BigInteger),
        double => typeof(double),
        string => typeof(string),
        bool => typeof(bool),
        ClrType => typeof(Type),
        _ when ClrObjects.IsClr(value) => value.GetType(),
        _ => null,
    };

    private static bool Unify(Type parameter, Type actual, Dictionary<Type, Type> inferred)
    {
        if (parameter.IsByRef) parameter = parameter.GetElementType()!;
        if (parameter.IsGenericParameter)
        {
            if (inferred.TryGetValue(parameter, out var known)) return known == actual;
            inferred[parameter] = actual;
            return true;
        }
        if (!parameter.ContainsGenericParameters) return true;
        if (parameter.IsArray) return actual.IsArray && Unify(parameter.GetElementType()!, actual.GetElementType()!, inferred);
        if (!parameter.IsGenericType) return true;
        var definition = parameter.GetGenericTypeDefinition();
        var match = SelfBasesAndInterfaces(actual).FirstOrDefault(t => t.IsGenericType && t.GetGenericTypeDefinition() == definition);
        if (match is null) return false;
        var wanted = parameter.GetGenericArguments();
        var given = match.GetGenericArguments();
        for (int i = 0; i < wanted.Length; i++)
            if (!Unify(wanted[i], given[i], inferred)) return false;
        return true;
    }

    private static IEnumerable<Type> SelfBasesAndInterfaces(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType) yield return t;
        foreach (var i in type.GetInterfaces()) yield return i;
    }
}
