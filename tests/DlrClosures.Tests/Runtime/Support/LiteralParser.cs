using NUnit.Framework;
using System.Globalization;
using System.Numerics;
using System.Text;
using DlrClosures.Runtime;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Tests.Runtime.Support;

/// <summary>
/// Builds runtime values from the Python literals the case tables use as inputs: numbers, strings,
/// lists, tuples, dicts, sets, None/True/False, float('inf'), set(), range(...), slice(...), and
/// + - ** between numbers. Containers are built element by element in source order, as CPython's
/// BUILD_SET/BUILD_MAP do, so set iteration order is comparable.
/// </summary>
internal sealed class LiteralParser
{
    private readonly string _text;
    private int _pos;

    private LiteralParser(string text) => _text = text;

    public static object Parse(string text)
    {
        var parser = new LiteralParser(text);
        var value = parser.Expression();
        parser.SkipSpace();
        if (parser._pos != text.Length) throw new FormatException($"Trailing text in literal: {text}");
        return value;
    }

    private object Expression()
    {
        var left = Power();
        while (true)
        {
            SkipSpace();
            if (Peek('+')) { _pos++; left = PyArithmetic.Add(left, Power()); }
            else if (Peek('-')) { _pos++; left = PyArithmetic.Subtract(left, Power()); }
            else return left;
        }
    }

    private object Power()
    {
        var left = Unary();
        SkipSpace();
        if (_pos + 1 < _text.Length && _text[_pos] == '*' && _text[_pos + 1] == '*')
        {
            _pos += 2;
            return PyArithmetic.Power(left, Unary());
        }
        return left;
    }

    private object Unary()
    {
        SkipSpace();
        if (Peek('-'))
        {
            _pos++;
            return PyArithmetic.Negate(Unary());
        }
        return Atom();
    }

    private object Atom()
    {
        SkipSpace();
        char c = _text[_pos];
        if (char.IsAsciiDigit(c) || c == '.') return Number();
        if (c is '\'' or '"') return String();
        if (c == '[')
        {
            _pos++;
            return new PyList(Items(']'));
        }
        if (c == '(')
        {
            _pos++;
            var items = Items(')', out bool trailingComma);
            return items.Count == 1 && !trailingComma ? items[0] : items.Count == 0 ? PyTuple.Empty : new PyTuple(items.ToArray());
        }
        if (c == '{') return DictOrSet();
        return Name();
    }

    private List<object> Items(char close) => Items(close, out _);

    private List<object> Items(char close, out bool trailingComma)
    {
        var items = new List<object>();
        trailingComma = false;
        while (true)
        {
            SkipSpace();
            if (Peek(close)) { _pos++; return items; }
            items.Add(Expression());
            SkipSpace();
            trailingComma = false;
            if (Peek(',')) { _pos++; trailingComma = true; }
        }
    }

    private object DictOrSet()
    {
        _pos++;
        SkipSpace();
        if (Peek('}')) { _pos++; return new PyDict(); }
        var first = Expression();
        SkipSpace();
        if (Peek(':'))
        {
            var dict = new PyDict();
            while (true)
            {
                _pos++;
                dict[first] = Expression();
                SkipSpace();
                if (Peek(',')) { _pos++; SkipSpace(); }
                if (Peek('}')) { _pos++; return dict; }
                first = Expression();
                SkipSpace();
            }
        }
        if (Peek(',')) _pos++;
        var items = new List<object> { first };
        items.AddRange(Items('}'));
        // Every element here is a constant, so build the set the way CPython builds a constant display.
        return PySet.FromConstantDisplay(items);
    }

    private object Name()
    {
        int start = _pos;
        while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
        string name = _text[start.._pos];
        switch (name)
        {
            case "None": return PyNone.Instance;
            case "True": return PyBool.True;
            case "False": return PyBool.False;
        }
        SkipSpace();
        if (!Peek('(')) throw new FormatException($"Unknown name {name} in literal {_text}");
        _pos++;
        var args = Items(')');
        return name switch
        {
            "float" => DlrClosures.Runtime.Builtins.PyBuiltinTypes.Float.Call(args.ToArray()),
            "set" => new PySet(args.Count == 0 ? [] : PyIteration.ToList(args[0])),
            "range" => DlrClosures.Runtime.Builtins.PyBuiltinTypes.Range.Call(args.ToArray()),
            "slice" => DlrClosures.Runtime.Builtins.PyBuiltinTypes.Slice.Call(args.ToArray()),
            _ => throw new FormatException($"Unknown constructor {name}"),
        };
    }

    private object Number()
    {
        int start = _pos;
        bool isFloat = false;
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (char.IsAsciiDigit(c)) _pos++;
            else if (c is '.' ) { isFloat = true; _pos++; }
            else if (c is 'e' or 'E') { isFloat = true; _pos++; if (_pos < _text.Length && _text[_pos] is '+' or '-') _pos++; }
            else break;
        }
        string text = _text[start.._pos];
        return isFloat
            ? double.Parse(text, CultureInfo.InvariantCulture)
            : PyInt.FromBigInteger(BigInteger.Parse(text, CultureInfo.InvariantCulture));
    }

    private string String()
    {
        char quote = _text[_pos++];
        var text = new StringBuilder();
        while (_text[_pos] != quote)
        {
            char c = _text[_pos++];
            if (c != '\\') { text.Append(c); continue; }
            char e = _text[_pos++];
            switch (e)
            {
                case 'n': text.Append('\n'); break;
                case 't': text.Append('\t'); break;
                case 'r': text.Append('\r'); break;
                case '0': text.Append('\0'); break;
                case 'x': text.Append((char)Convert.ToInt32(_text.Substring(_pos, 2), 16)); _pos += 2; break;
                case 'u': text.Append((char)Convert.ToInt32(_text.Substring(_pos, 4), 16)); _pos += 4; break;
                case 'U': text.Append(char.ConvertFromUtf32(Convert.ToInt32(_text.Substring(_pos, 8), 16))); _pos += 8; break;
                default: text.Append(e); break;
            }
        }
        _pos++;
        return text.ToString();
    }

    private bool Peek(char c) => _pos < _text.Length && _text[_pos] == c;

    private void SkipSpace()
    {
        while (_pos < _text.Length && _text[_pos] == ' ') _pos++;
    }
}
