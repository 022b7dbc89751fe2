using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Classes;

/// <summary>C3 linearisation of a class hierarchy (mro_implementation in Objects/typeobject.c).</summary>
internal static class ClassMro
{
    public static IReadOnlyList<PyType> Compute(PyType type)
    {
        var objectType = PyBuiltinTypes.Object;
        if (ReferenceEquals(type, objectType)) return [type];
        var bases = type.Bases.Count == 0 ? [objectType] : type.Bases;
        for (int i = 1; i < bases.Count; i++)
            for (int j = 0; j < i; j++)
                if (ReferenceEquals(bases[i], bases[j])) throw PyErrors.TypeError($"duplicate base class {bases[i].Name}");
        var sequences = bases.Select(b => b.Mro.ToList()).ToList();
        sequences.Add(bases.ToList());
        var result = new List<PyType> { type };
        while (true)
        {
            sequences.RemoveAll(s => s.Count == 0);
            if (sequences.Count == 0) return result;
            PyType? next = null;
            foreach (var seq in sequences)
            {
                var head = seq[0];
                if (!sequences.Any(s => s.IndexOf(head) > 0))
                {
                    next = head;
                    break;
                }
            }
            if (next is null)
                // set_mro_error: the heads of the lists still to merge, each named once.
                throw PyErrors.TypeError("Cannot create a consistent method resolution\norder (MRO) for bases "
                    + string.Join(", ", sequences.Select(s => s[0]).Distinct().Select(b => b.Name)));
            result.Add(next);
            foreach (var seq in sequences)
                if (ReferenceEquals(seq[0], next)) seq.RemoveAt(0);
        }
    }
}
