namespace DlrClosures.Runtime.Functions;

/// <summary>
/// The parameters of a code object, in slot order: positional, then <c>*args</c>, then keyword-only,
/// then <c>**kwargs</c> (CPython's co_varnames prefix).
/// </summary>
internal sealed class CodeSignature
{
    public CodeSignature(string[] positional, string? varArgs, string[] kwOnly, string? kwArgs)
    {
        Positional = positional;
        VarArgs = varArgs;
        KwOnly = kwOnly;
        KwArgs = kwArgs;
        var all = new List<string>(positional);
        if (varArgs is not null) all.Add(varArgs);
        all.AddRange(kwOnly);
        if (kwArgs is not null) all.Add(kwArgs);
        SlotNames = all.ToArray();
        IsFast = varArgs is null && kwArgs is null && kwOnly.Length == 0 && positional.Length <= PyCode.MaxFastArity;
    }

    public string[] Positional { get; }
    public string? VarArgs { get; }
    public string[] KwOnly { get; }
    public string? KwArgs { get; }

    /// <summary>Every parameter, in slot order.</summary>
    public string[] SlotNames { get; }

    /// <summary>co_argcount.</summary>
    public int ArgCount => Positional.Length;

    /// <summary>True when the body takes its arguments as separate delegate parameters.</summary>
    public bool IsFast { get; }

    /// <summary>Index of the <c>*args</c> slot, or -1.</summary>
    public int VarArgsSlot => VarArgs is null ? -1 : Positional.Length;

    /// <summary>Index of the first keyword-only slot.</summary>
    public int KwOnlyStart => Positional.Length + (VarArgs is null ? 0 : 1);

    /// <summary>Index of the <c>**kwargs</c> slot, or -1.</summary>
    public int KwArgsSlot => KwArgs is null ? -1 : SlotNames.Length - 1;
}
