using System.Runtime.CompilerServices;

namespace DlrClosures.Runtime;

/// <summary>
/// <c>id()</c> for .NET objects: a stable, unique, address-like number handed out on first request,
/// so reprs such as <c>&lt;function f at 0x7f...&gt;</c> look like CPython's and stay the same for one object.
/// </summary>
internal static class PyObjectIds
{
    private static readonly ConditionalWeakTable<object, object> s_ids = new();
    private static long s_next = 0x7f3a5c000000;

    /// <summary>The id of <paramref name="value"/>, assigned on first use.</summary>
    public static long IdOf(object value) =>
        (long)s_ids.GetValue(value, _ => Interlocked.Add(ref s_next, 48));

    /// <summary>The id as CPython's <c>%p</c> prints it: <c>0x7f...</c>.</summary>
    public static string HexIdOf(object value) => "0x" + IdOf(value).ToString("x");
}
