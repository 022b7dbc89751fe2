using System.Text;
using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Operations;

/// <summary>
/// <c>str.format</c> (Objects/stringlib/unicode_format.h): <c>{}</c>, <c>{0}</c>, <c>{name}</c>,
/// attribute and index chains, <c>!r</c>/<c>!s</c>/<c>!a</c> conversions and format specs that may
/// themselves contain replacement fields.
/// </summary>
internal static class StrFormat
{
    public static string Format(string template, object[] args, string[]? kwNames)
    {
        int positional = args.Length - (kwNames?.Length ?? 0);
        var state = new State(args, positional, kwNames);
        return Render(template, state, depth: 2);
    }

    private sealed class State(object[] args, int positional, string[]? kwNames)
    {
        public int AutoIndex;
        public bool? Manual;

        public object Positional(int index) =>
            index < positional ? args[index] : throw PyErrors.IndexError(PyMessages.ReplacementIndexOutOfRange(index));

        public object Keyword(string name)
        {
            int i = kwNames is null ? -1 : Array.IndexOf(kwNames, name);
            return i >= 0 ? args[positional + i] : throw PyErrors.KeyError(PyRepr.Repr(name), name);
        }
    }

    private static string Render(string template, State state, int depth)
    {
        if (depth < 0) throw PyErrors.ValueError("Max string recursion exceeded");
        var text = new StringBuilder();
        int i = 0;
        while (i < template.Length)
        {
            char c = template[i];
            if (c == '}')
            {
                if (i + 1 < template.Length && template[i + 1] == '}') { text.Append('}'); i += 2; continue; }
                throw PyErrors.ValueError(PyMessages.SingleCloseBrace);
            }
            if (c != '{') { text.Append(c); i++; continue; }
            if (i + 1 < template.Length && template[i + 1] == '{') { text.Append('{'); i += 2; continue; }
            int nesting = 1, j = i + 1;
            while (j < template.Length && nesting > 0)
            {
                if (template[j] == '{') nesting++;
                else if (template[j] == '}') nesting--;
                if (nesting > 0) j++;
            }
            if (j >= template.Length) throw PyErrors.ValueError(PyMessages.ExpectedCloseBrace);
            text.Append(Field(template[(i + 1)..j], state, depth));
            i = j + 1;
        }
        return text.ToString();
    }

    private static string Field(string field, State state, int depth)
    {
        string spec = "";
        char conversion = '\0';
        int colon = IndexOutsideBrackets(field, ':');
        string? specTemplate = colon >= 0 ? field[(colon + 1)..] : null;
        if (colon >= 0) field = field[..colon];
        int bang = IndexOutsideBrackets(field, '!');
        if (bang >= 0)
        {
            if (bang + 2 != field.Length) throw PyErrors.ValueError("expected ':' after conversion specifier");
            conversion = field[bang + 1];
            field = field[..bang];
        }
        // output_markup: the field's object is looked up before its spec is rendered, so "{:{}}"
        // numbers the outer field first.
        var value = Resolve(field, state);
        if (specTemplate is not null) spec = Render(specTemplate, state, depth - 1);
        value = conversion switch
        {
            '\0' => value,
            'r' => PyRepr.Repr(value),
            's' => PyRepr.Str(value),
            'a' => PyRepr.Ascii(value),
            _ => throw PyErrors.ValueError($"Unknown conversion specifier {conversion}"),
        };
        return PyFormatting.Format(value, spec);
    }

    private static int IndexOutsideBrackets(string field, char target)
    {
        bool inBracket = false;
        for (int i = 0; i < field.Length; i++)
        {
            if (field[i] == '[') inBracket = true;
            else if (field[i] == ']') inBracket = false;
            else if (field[i] == target && !inBracket) return i;
        }
        return -1;
    }

    private static object Resolve(string field, State state)
    {
        int end = 0;
        while (end < field.Length && field[end] is not ('.' or '[')) end++;
        string first = field[..end];
        object value;
        if (first.Length == 0)
        {
            if (state.Manual == true) throw PyErrors.ValueError(PyMessages.ManualToAutomatic);
            state.Manual = false;
            value = state.Positional(state.AutoIndex++);
        }
        else if (int.TryParse(first, out int index))
        {
            if (state.Manual == false) throw PyErrors.ValueError(PyMessages.AutomaticToManual);
            state.Manual = true;
            value = state.Positional(index);
        }
        else
        {
            value = state.Keyword(first);
        }
        int i = end;
        while (i < field.Length)
        {
            if (field[i] == '.')
            {
                int j = i + 1;
                while (j < field.Length && field[j] is not ('.' or '[')) j++;
                value = PyAttributes.GetAttr(value, field[(i + 1)..j]);
                i = j;
            }
            else
            {
                int close = field.IndexOf(']', i);
                if (close < 0) throw PyErrors.ValueError("Missing ']' in format string");
                string key = field[(i + 1)..close];
                value = PyIndexing.GetItem(value, int.TryParse(key, out int k) ? PyInt.Box(k) : key);
                i = close + 1;
            }
        }
        return value;
    }
}
