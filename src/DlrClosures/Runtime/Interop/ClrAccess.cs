using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Interop;

/// <summary>
/// The one gate between scripts and the parts of .NET a host did not hand them (issue 11, point 4).
/// A script reaches .NET only through objects the host gave it; this class decides which of their
/// members and which of the values .NET code returns it may see, under the permissions of the
/// runtime it runs in (<see cref="PyPermissions"/>, from the host's <c>ScriptPermissions</c>).
/// <list type="number">
/// <item>A type is <em>guarded</em> when it is a way out of the sandbox: reflection
/// (<see cref="MemberInfo"/> and so <see cref="Type"/>, <see cref="MethodInfo"/>; <see cref="Assembly"/>,
/// <see cref="Module"/>, everything in <c>System.Reflection</c>, <c>System.Linq.Expressions</c>,
/// <c>System.Runtime.Loader</c>, <c>System.Runtime.InteropServices</c>), the process and its
/// environment (<see cref="AppDomain"/>, <see cref="Activator"/>, <see cref="Environment"/>,
/// <see cref="Process"/>, <see cref="GC"/>, <see cref="Console"/>, ...), the file system
/// (<see cref="File"/>, <see cref="Directory"/>, <see cref="FileSystemInfo"/>, <see cref="FileStream"/>,
/// <see cref="Path"/>, ...) and the network (<c>System.Net</c>); so is an array, a byref or a
/// constructed generic type over one (<c>Type[]</c>, <c>List&lt;MethodInfo&gt;</c>).</item>
/// <item>A member (property, field, method overload, event, nested type, constructor) is guarded
/// when its declaring type is, when the type of the value it yields (property or field type, return
/// type) is, and for <c>Delegate.Method</c>, <c>Delegate.Target</c> and
/// <c>Delegate.CreateDelegate</c>. Worked out once per member (<see cref="GuardsOf"/>).</item>
/// <item>A guarded member is visible only when the current runtime's grants
/// (<see cref="PyPermissions.AllowsClr(Type)"/>) cover each of its guards: by its assembly, its
/// namespace or the type itself, or by a type grant of a guarded base of it
/// (<c>AllowClr(typeof(MethodBase))</c> covers <c>MethodInfo</c>); otherwise it is absent, as
/// CPython treats a name an object does not have: <c>AttributeError</c>, not listed by <c>dir()</c>,
/// never suggested. The check runs when the member is read, not when a rule is built, because
/// binders and their rule caches are shared by every runtime of the process.</item>
/// <item>Every value .NET code hands back while a script runs (a return value, <c>out</c>
/// parameter, property, field, item, iterated element, delegate argument) passes
/// <see cref="CheckValue"/>: a value of a guarded type the grants do not cover raises
/// <c>PermissionError</c>, since a call cannot be made absent after the fact. What a host hands
/// in itself (<c>SetVariable</c>, <c>CreateScope(dictionary)</c>, arguments of
/// <c>ObjectOperations</c> and <c>dynamic</c>) is its own decision and is not checked.</item>
/// </list>
/// </summary>
internal static class ClrAccess
{
    // Types guarded with everything that derives from them.
    private static readonly Type[] s_guardedTypes =
    [
        typeof(MemberInfo), typeof(Assembly), typeof(Module), typeof(ParameterInfo), typeof(AppDomain),
        typeof(Activator), typeof(AppContext), typeof(Environment), typeof(GC), typeof(Console),
        typeof(RuntimeTypeHandle), typeof(RuntimeMethodHandle), typeof(RuntimeFieldHandle), typeof(ModuleHandle),
        typeof(File), typeof(Directory), typeof(FileSystemInfo), typeof(FileStream), typeof(Path), typeof(DriveInfo),
        typeof(RandomAccess), typeof(FileSystemWatcher), typeof(Process), typeof(ProcessStartInfo), typeof(StackTrace),
        typeof(StackFrame), typeof(Debugger), typeof(RuntimeHelpers), typeof(Unsafe), typeof(Thread), typeof(ThreadPool),
    ];

    // Namespaces guarded with the ones nested in them.
    private static readonly string[] s_guardedNamespaces =
    [
        "System.Reflection", "System.Linq.Expressions", "System.Runtime.Loader", "System.Runtime.InteropServices",
        "System.Net", "System.IO.IsolatedStorage", "System.IO.MemoryMappedFiles", "System.IO.Pipes",
    ];

    // Delegate members that reach the method and object behind a delegate, or bind one by name.
    private static readonly string[] s_delegateMembers = ["Method", "Target", "CreateDelegate"];

    private static readonly ConcurrentDictionary<Type, Type?> s_guards = new();

    /// <summary>The permissions of the runtime whose script runs on this thread; none outside a runtime.</summary>
    private static PyPermissions Current => PyContext.Current?.Permissions ?? PyPermissions.None;

    /// <summary>
    /// The guarded type a value of <paramref name="type"/> stands for: the type itself, or for an
    /// array, byref, pointer or constructed generic type the guarded type inside it; null when it is
    /// not guarded.
    /// </summary>
    public static Type? GuardOf(Type type) => s_guards.GetOrAdd(type, static t => FindGuard(t, depth: 0));

    private static Type? FindGuard(Type type, int depth)
    {
        if (depth > 8) return null;
        if (type.HasElementType) return FindGuard(type.GetElementType()!, depth + 1);
        if (type.IsGenericParameter) return null;
        if (IsGuardedItself(type)) return type;
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
            foreach (var argument in type.GetGenericArguments())
                if (FindGuard(argument, depth + 1) is { } inner) return inner;
        return null;
    }

    private static bool IsGuardedItself(Type type)
    {
        foreach (var guarded in s_guardedTypes)
            if (type == guarded || type.IsSubclassOf(guarded)) return true;
        if (type.Namespace is { } ns)
            foreach (var guarded in s_guardedNamespaces)
                if (ns == guarded || ns.StartsWith(guarded + ".", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The guards of a member (step 2): empty for the members every script may use.</summary>
    public static Type[] GuardsOf(MemberInfo member)
    {
        var guards = new List<Type>(2);
        if (member.DeclaringType is { } declaring)
        {
            if (GuardOf(declaring) is { } own) guards.Add(own);
            if (declaring == typeof(Delegate) || declaring == typeof(MulticastDelegate))
                if (s_delegateMembers.Contains(member.Name)) guards.Add(typeof(MethodInfo));
        }
        var yielded = member switch
        {
            PropertyInfo property => property.PropertyType,
            FieldInfo field => field.FieldType,
            MethodInfo method => method.ReturnType,
            EventInfo info => info.EventHandlerType,
            Type nested => nested,
            _ => null,
        };
        if (yielded is not null && GuardOf(yielded) is { } value && !guards.Contains(value)) guards.Add(value);
        return guards.Count == 0 ? [] : [.. guards];
    }

    /// <summary>Whether the current runtime's grants cover every one of <paramref name="guards"/> (step 3).</summary>
    public static bool Allows(Type[] guards)
    {
        if (guards.Length == 0) return true;
        var permissions = Current;
        if (!permissions.AnyClr) return false;
        foreach (var guard in guards)
            if (!Covers(permissions, guard)) return false;
        return true;
    }

    /// <summary>Whether scripts of the current runtime may use <paramref name="type"/> as a type object (its static members, its constructors, a namespace listing it).</summary>
    public static bool AllowsType(Type type) => GuardOf(type) is not { } guard || Covers(Current, guard);

    // A type is covered by a grant of its assembly, its namespace or itself, or by a type grant of
    // a guarded base (AllowClr(typeof(MethodBase)) covers MethodInfo). An assembly or namespace
    // grant does not pass down: System.Reflection covers MethodInfo but not System.Type, although
    // Type derives from MemberInfo.
    private static bool Covers(PyPermissions permissions, Type guard)
    {
        if (permissions.AllowsClr(guard)) return true;
        for (var t = guard.BaseType; t is not null && IsGuardedItself(t); t = t.BaseType)
            if (permissions.AllowsClr(t, typeOnly: true)) return true;
        return false;
    }

    /// <summary>
    /// Step 4: raises <c>PermissionError</c> when <paramref name="value"/>, a value .NET code hands a
    /// script, is of a guarded type the current runtime does not grant.
    /// </summary>
    public static void CheckValue(object value)
    {
        if (GuardOf(value.GetType()) is { } guard && !Covers(Current, guard))
            throw new PyException(PyExceptionType.PermissionError, InteropMessages.NotGranted(PublicName(guard)));
    }

    /// <summary>
    /// Raises <c>PermissionError</c> when a script calls the type object of a guarded type its
    /// runtime does not grant (a host that exposes <c>typeof(FileInfo)</c> still has to grant it).
    /// </summary>
    public static void CheckConstruction(Type type)
    {
        if (GuardOf(type) is { } guard && !Covers(Current, guard))
            throw new PyException(PyExceptionType.PermissionError, InteropMessages.NotGranted(PublicName(guard)));
    }

    // The name a C# developer knows: System.Type rather than the runtime's internal RuntimeType.
    private static Type PublicName(Type guard)
    {
        if (guard.IsSubclassOf(typeof(Type))) return typeof(Type);
        var t = guard;
        while (!t.IsPublic && !t.IsNestedPublic && t.BaseType is { } parent && parent != typeof(object)) t = parent;
        return t;
    }
}
