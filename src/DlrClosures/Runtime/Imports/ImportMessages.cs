namespace DlrClosures.Runtime.Imports;

/// <summary>The messages of the import system, as CPython 3.11's importlib (Lib/importlib/_bootstrap.py) and Python/ceval.c word them.</summary>
internal static class ImportMessages
{
    public static string NoModuleNamed(string name) => $"No module named '{name}'";

    // _find_and_load_unlocked: a dotted name whose parent is a plain module.
    public static string NotAPackage(string name, string parent) => $"No module named '{name}'; '{parent}' is not a package";

    public static string HaltedNone(string name) => $"import of {name} halted; None in sys.modules";

    // import_from in Python/ceval.c.
    public static string CannotImportName(string name, string module, string? file) =>
        $"cannot import name '{name}' from '{module}' ({file ?? "unknown location"})";

    public static string CannotImportNameCircular(string name, string module, string? file) =>
        $"cannot import name '{name}' from partially initialized module '{module}' (most likely due to a circular import) ({file ?? "unknown location"})";

    public const string NoKnownParent = "attempted relative import with no known parent package";

    public const string BeyondTopLevel = "attempted relative import beyond top-level package";

    public const string EmptyModuleName = "Empty module name";

    public static string ModuleHasNoAttribute(string module, string name) => $"module '{module}' has no attribute '{name}'";

    public static string PartiallyInitializedNoAttribute(string module, string name) =>
        $"partially initialized module '{module}' has no attribute '{name}' (most likely due to a circular import)";

    // import_all_from in Python/ceval.c.
    public static string AllItemNotStr(string module, string type) => $"Item in {module}.__all__ must be str, not {type}";

    public static string DictItemNotStr(string module, string type) => $"Key in {module}.__dict__ must be str, not {type}";
}
