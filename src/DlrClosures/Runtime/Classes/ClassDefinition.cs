namespace DlrClosures.Runtime.Classes;

/// <summary>
/// A class statement between <see cref="ClassBuilder.Prepare"/> and <see cref="ClassBuilder.Finish"/>:
/// what __build_class__ holds while the body runs.
/// </summary>
internal sealed class ClassDefinition(string name, object metaclass, PyTuple bases, PyTuple? originalBases,
    string[] keywordNames, object[] keywordValues, PyDict @namespace)
{
    public string Name { get; } = name;

    /// <summary>What is called with (name, bases, namespace): a class, or any callable given as <c>metaclass=</c>.</summary>
    public object Metaclass { get; } = metaclass;

    /// <summary>The bases after <c>__mro_entries__</c>.</summary>
    public PyTuple Bases { get; } = bases;

    /// <summary>The bases as written when <c>__mro_entries__</c> changed them (<c>__orig_bases__</c>); else null.</summary>
    public PyTuple? OriginalBases { get; } = originalBases;

    /// <summary>The class keywords other than <c>metaclass</c>, passed on to the metaclass.</summary>
    public string[] KeywordNames { get; } = keywordNames;

    public object[] KeywordValues { get; } = keywordValues;

    /// <summary>The namespace the body fills (the metaclass's <c>__prepare__</c> result).</summary>
    public PyDict Namespace { get; } = @namespace;
}
