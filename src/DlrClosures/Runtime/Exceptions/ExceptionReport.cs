using System.Text;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Exceptions;

/// <summary>
/// CPython's report of an uncaught exception (Python/pythonrun.c, print_exception_recursive and
/// print_exception): the chain first, oldest exception first, each with its traceback and final
/// line, joined by the two sentences that say how they are linked; then the exception itself.
/// </summary>
/// <remarks>
/// Steps, as CPython:
/// 1. From the exception, follow <c>__cause__</c> when it is set, else <c>__context__</c> unless
///    <c>__suppress_context__</c> is true, stopping at an exception already seen (so a cycle ends);
///    a cause already seen ends the chain without trying the context.
/// 2. Print the chain from its far end: each exception's traceback (the frames it had passed
///    through where it was caught), its <c>Type: message</c> line and its notes, then the sentence
///    linking it to the next one.
/// The chain is walked in a loop, not by recursion, so a chain as long as the recursion limit
/// (a handler in every frame of a deep recursion) prints on any stack.
/// </remarks>
internal static class ExceptionReport
{
    public static string Format(PyException top)
    {
        var chain = new List<(PyExceptionObject? Value, string Separator)>();
        var value = top.ValueIfMade;
        chain.Add((value, ""));
        var seen = new HashSet<PyExceptionObject>(ReferenceEqualityComparer.Instance);
        while (value is not null && seen.Add(value))
        {
            PyExceptionObject? next;
            string separator;
            if (value.Cause is { } cause)
            {
                if (seen.Contains(cause)) break;
                (next, separator) = (cause, ExceptionMessages.CauseSeparator);
            }
            else if (value.Context is { } context && !value.SuppressContext && !seen.Contains(context))
            {
                (next, separator) = (context, ExceptionMessages.ContextSeparator);
            }
            else
            {
                break;
            }
            chain.Add((next, separator));
            value = next;
        }

        var text = new StringBuilder();
        for (int i = chain.Count - 1; i >= 0; i--)
        {
            var link = chain[i];
            if (i == 0) AppendOne(text, top, top.Traceback);
            else if (link.Value!.Carrier is { } carrier) AppendOne(text, carrier, link.Value.TracebackFrames());
            else
            {
                PyException.AppendFramesOnly(text, link.Value.TracebackFrames());
                string message = StrOf(link.Value);
                text.Append(message.Length == 0 ? link.Value.Type.Name : $"{link.Value.Type.Name}: {message}").Append('\n');
                AppendNotes(text, link.Value);
            }
            text.Append(link.Separator);
        }
        return text.ToString();
    }

    private static void AppendOne(StringBuilder text, PyException exception, IReadOnlyList<TracebackFrame> frames)
    {
        exception.AppendTraceback(text, frames);
        text.Append(exception.FormatExceptionOnly()).Append('\n');
        if (exception.ValueIfMade is { } value) AppendNotes(text, value);
    }

    /// <summary>str() of the exception for its report; CPython prints a placeholder when str() fails.</summary>
    internal static string StrOf(object value)
    {
        try
        {
            return PyRepr.Str(value);
        }
        catch (PyException)
        {
            return "<exception str() failed>";
        }
    }

    // print_exception_notes: each note's str() line by line, then a newline; __notes__ that is not
    // a sequence is shown by its repr.
    private static void AppendNotes(StringBuilder text, PyExceptionObject value)
    {
        if (value.Notes is not { } notes) return;
        IEnumerable<object>? items = notes switch
        {
            PyList list => list.Items.ToArray(),
            PyTuple tuple => tuple.Items,
            string s => s.Select(c => (object)c.ToString()),
            _ => null,
        };
        if (items is null)
        {
            string repr;
            try
            {
                repr = PyRepr.Repr(notes);
            }
            catch (PyException)
            {
                repr = "<__notes__ repr() failed>";
            }
            text.Append(repr).Append('\n');
            return;
        }
        foreach (var note in items)
        {
            string shown;
            try
            {
                shown = PyRepr.Str(note);
            }
            catch (PyException)
            {
                shown = "<note str() failed>";
            }
            text.Append(shown).Append('\n');
        }
    }
}
