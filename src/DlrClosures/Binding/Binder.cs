using DlrClosures.Scoping;
using DlrClosures.Syntax;

namespace DlrClosures.Binding;

/// <summary>Binds an analysed module into a <see cref="BoundCode"/> tree (being written).</summary>
public sealed class Binder
{
    private Binder() { }

    /// <summary>Binds <paramref name="module"/>, whose scopes are <paramref name="scopes"/>, for <paramref name="mode"/>.</summary>
    public static BoundCode Bind(ModuleNode module, ScopeTable scopes, CompileMode mode) =>
        throw new NotImplementedException();
}
