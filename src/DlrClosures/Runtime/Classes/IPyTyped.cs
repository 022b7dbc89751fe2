namespace DlrClosures.Runtime.Classes;

/// <summary>
/// A runtime object that knows its own Python class and repr: the descriptor objects
/// (<c>property</c>, <c>staticmethod</c>, <c>classmethod</c>) and <c>super</c> objects, so
/// <c>type()</c>, <c>isinstance</c>, messages and <c>repr</c> need no case per kind.
/// </summary>
internal interface IPyTyped
{
    /// <summary>The value's class.</summary>
    PyType PythonType { get; }

    /// <summary>Its repr as CPython writes it.</summary>
    string Repr();
}
