using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Classes;

/// <summary>
/// What a class statement does around its body (Python/bltinmodule.c, builtin___build_class__):
/// <list type="number">
/// <item>bases that are not classes but have <c>__mro_entries__</c> are replaced by what it returns;</item>
/// <item>the metaclass is the <c>metaclass=</c> keyword, or the type of the first base, or <c>type</c>;
/// when it is a class, the most derived of it and the bases' metaclasses (a conflict is CPython's TypeError);</item>
/// <item>its <c>__prepare__</c>, when it has one, makes the namespace (called with the other keywords);</item>
/// <item>after the body, the metaclass is called with name, bases, namespace and the keywords, and
/// the <c>__class__</c> cell, passed in the namespace as <c>__classcell__</c>, must hold the result.</item>
/// </list>
/// </summary>
internal static class ClassBuilder
{
    /// <summary>Steps 1-3: the definition whose namespace the body runs over.</summary>
    public static ClassDefinition Prepare(string name, object[] bases, string[] keywordNames, object[] keywordValues)
    {
        var (resolved, original) = ResolveBases(bases);
        object? metaclass = null;
        var names = new List<string>();
        var values = new List<object>();
        for (int i = 0; i < keywordNames.Length; i++)
        {
            if (keywordNames[i] == "metaclass") metaclass = keywordValues[i];
            else
            {
                names.Add(keywordNames[i]);
                values.Add(keywordValues[i]);
            }
        }
        metaclass ??= resolved.Length == 0 ? PyBuiltinTypes.Type : PyTypes.TypeOf(resolved[0]);
        if (metaclass is PyType type)
            metaclass = MostDerivedMetaclass(type, resolved.OfType<PyType>());
        var basesTuple = new PyTuple(resolved);
        PyDict ns;
        if (metaclass is PyType { IsUserClass: false }
            || !PyAttributes.TryGetAttr(metaclass, "__prepare__", out var prepare))
        {
            ns = new PyDict();
        }
        else
        {
            var made = PyCalls.Call(prepare, [name, basesTuple, .. values], [.. names]);
            ns = made as PyDict ?? throw PyErrors.TypeError(made is PyInstance
                ? $"a __prepare__ that returns a '{PyTypes.TypeName(made)}' (not a dict) is not supported by DlrClosures yet"
                : $"{MetaclassName(metaclass)}.__prepare__() must return a mapping, not {PyTypes.TypeName(made)}");
        }
        return new ClassDefinition(name, metaclass, basesTuple, original, [.. names], [.. values], ns);
    }

    /// <summary>Step 4: the metaclass called; the class cell checked.</summary>
    public static object Finish(ClassDefinition definition, StrongBox<object>? classCell)
    {
        var ns = definition.Namespace;
        if (definition.OriginalBases is { } original) ns["__orig_bases__"] = original;
        if (classCell is not null) ns["__classcell__"] = classCell;
        var cls = PyCalls.Call(definition.Metaclass, [definition.Name, definition.Bases, ns, .. definition.KeywordValues], definition.KeywordNames);
        if (classCell is not null && cls is PyType && !ReferenceEquals(classCell.Value, cls))
        {
            if (classCell.Value is PyUnbound)
                throw PyErrors.RuntimeError($"__class__ not set defining '{definition.Name}' as {PyRepr.Repr(cls)}. Was __classcell__ propagated to type.__new__?");
            throw PyErrors.TypeError($"__class__ set to {PyRepr.Repr(classCell.Value!)} defining '{definition.Name}' as {PyRepr.Repr(cls)}");
        }
        return cls;
    }

    // update_bases: each base that is not a class and has __mro_entries__ gives a tuple of bases.
    private static (object[] Bases, PyTuple? Original) ResolveBases(object[] bases)
    {
        List<object>? resolved = null;
        for (int i = 0; i < bases.Length; i++)
        {
            var b = bases[i];
            if (b is PyType or PyExceptionType || !TryMroEntries(b, out var entriesMethod))
            {
                resolved?.Add(b);
                continue;
            }
            var entries = PyCalls.Call(entriesMethod, [new PyTuple(bases)]);
            if (entries is not PyTuple tuple) throw PyErrors.TypeError("__mro_entries__ must return a tuple");
            resolved ??= [.. bases[..i]];
            resolved.AddRange(tuple.Items);
        }
        return resolved is null ? (bases, null) : ([.. resolved], new PyTuple(bases));
    }

    private static bool TryMroEntries(object value, out object method)
    {
        switch (value)
        {
            case PyGenericAlias alias:
                method = new PyBuiltinFunction("__mro_entries__", (a, k) => new PyTuple([alias.Origin]));
                return true;
            case PyInstance instance when instance.Type.TryLookup("__mro_entries__", out var m):
                method = Descriptors.Get(m, instance, instance.Type);
                return true;
            default:
                method = PyNone.Instance;
                return false;
        }
    }

    /// <summary>_PyType_CalculateMetaclass: the metaclass that is a subclass of all the others, or CPython's conflict error.</summary>
    internal static PyType MostDerivedMetaclass(PyType metaclass, IEnumerable<PyType> bases)
    {
        var winner = metaclass;
        foreach (var b in bases)
        {
            var candidate = b.Metaclass;
            if (winner.IsSubclassOf(candidate)) continue;
            if (candidate.IsSubclassOf(winner))
            {
                winner = candidate;
                continue;
            }
            throw PyErrors.TypeError(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    private static string MetaclassName(object metaclass) =>
        metaclass is PyType type ? type.Name : PyAttributes.TryGetAttr(metaclass, "__name__", out var n) && n is string s ? s : "<metaclass>";
}
