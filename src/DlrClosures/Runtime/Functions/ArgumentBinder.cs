using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Functions;

/// <summary>
/// Binds the arguments of a call to a function's parameter slots, as CPython's
/// <c>_PyEval_MakeFrameVector</c> (Python/ceval.c, <c>initialize_locals</c> in 3.11) does.
/// This is the slow path: positional calls of exact arity never come here.
/// </summary>
/// <remarks>
/// Steps: 1. copy positional arguments into the positional slots; 2. collect the surplus into
/// <c>*args</c> or fail with "takes N positional arguments"; 3. place each keyword in its slot,
/// into <c>**kwargs</c>, or fail ("unexpected keyword", "multiple values"); 4. fill missing
/// positional and keyword-only slots from the defaults or fail with "missing ... argument(s)".
/// </remarks>
internal static class ArgumentBinder
{
    public static object[] Bind(PyFunction function, object[] args, string[]? kwNames)
    {
        var signature = function.Code.Signature;
        var slots = new object?[signature.SlotNames.Length];
        int kwCount = kwNames?.Length ?? 0;
        int given = args.Length - kwCount;
        int argCount = signature.ArgCount;

        // 1-2. Positional arguments and *args.
        int positional = Math.Min(given, argCount);
        Array.Copy(args, slots, positional);
        if (signature.VarArgs is not null)
            slots[signature.VarArgsSlot] = given > argCount ? new PyTuple(args[argCount..given]) : PyTuple.Empty;

        PyDict? kwargs = null;
        if (signature.KwArgs is not null) slots[signature.KwArgsSlot] = kwargs = new PyDict();

        // 3. Keywords.
        for (int k = 0; k < kwCount; k++)
        {
            string name = kwNames![k];
            object value = args[given + k];
            int slot = FindKeywordSlot(signature, name);
            if (slot < 0)
            {
                if (kwargs is null)
                    throw PyErrors.TypeError(FunctionMessages.UnexpectedKeyword(function.QualifiedName, name));
                kwargs[name] = value;
                continue;
            }
            if (slots[slot] is not null)
                throw PyErrors.TypeError(FunctionMessages.MultipleValues(function.QualifiedName, name));
            slots[slot] = value;
        }

        if (given > argCount && signature.VarArgs is null)
        {
            int kwOnlyGiven = 0;
            for (int i = signature.KwOnlyStart; i < signature.KwOnlyStart + signature.KwOnly.Length; i++)
                if (slots[i] is not null) kwOnlyGiven++;
            throw PyErrors.TypeError(FunctionMessages.TooManyPositional(
                function.QualifiedName, argCount, function.Defaults?.Length ?? 0, given, kwOnlyGiven));
        }

        // 4. Defaults, then what is still missing.
        var defaults = function.Defaults ?? [];
        int firstDefault = argCount - defaults.Length;
        List<string>? missing = null;
        for (int i = given; i < argCount; i++)
        {
            if (slots[i] is not null) continue;
            if (i >= firstDefault) slots[i] = defaults[i - firstDefault];
            else (missing ??= []).Add(signature.Positional[i]);
        }
        if (missing is not null)
            throw PyErrors.TypeError(FunctionMessages.Missing(function.QualifiedName, "positional", missing));

        for (int i = 0; i < signature.KwOnly.Length; i++)
        {
            int slot = signature.KwOnlyStart + i;
            if (slots[slot] is not null) continue;
            string name = signature.KwOnly[i];
            if (function.KwDefaults is not null && function.KwDefaults.TryGetValue(name, out var value)) slots[slot] = value;
            else (missing ??= []).Add(name);
        }
        if (missing is not null)
            throw PyErrors.TypeError(FunctionMessages.Missing(function.QualifiedName, "keyword-only", missing));

        return slots!;
    }

    private static int FindKeywordSlot(CodeSignature signature, string name)
    {
        for (int i = 0; i < signature.Positional.Length; i++)
            if (signature.Positional[i] == name) return i;
        for (int i = 0; i < signature.KwOnly.Length; i++)
            if (signature.KwOnly[i] == name) return signature.KwOnlyStart + i;
        return -1;
    }
}
