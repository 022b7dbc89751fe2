using System.Text;
using System.Text.RegularExpressions;

namespace DlrClosures.Tests.Fuzzing;

/// <summary>
/// Makes hostile inputs from well-formed programs (issue 13, point 5): token deletion, duplication,
/// swaps and insertions, re-indented lines, line-ending changes, unclosed brackets, NUL bytes, lone
/// surrogates and stray characters; and standalone programs nested or sized to extremes (brackets,
/// blocks, operator chains and literals up to 100,000 deep or long). Deterministic for a seed.
/// </summary>
internal sealed partial class SourceMutator(int seed)
{
    private readonly Random _random = new(seed);

    // Whitespace and comments are tokens too, so joining the tokens gives the source back.
    [GeneratedRegex("""\r\n|\n|[ \t\f]+|#[^\r\n]*|[A-Za-z_][A-Za-z_0-9]*|\d[\w.]*|'(?:\\.|[^'\\\r\n])*'|"(?:\\.|[^"\\\r\n])*"|\*\*=?|//=?|<<=?|>>=?|->|:=|[-+*/%&|^<>=!@]=|.""", RegexOptions.Singleline)]
    private static partial Regex TokenPattern();

    private static readonly string[] s_vocabulary =
    [
        "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "=", "+", "*", "**", "->", ":=", "@", "\\", "\\\n",
        "lambda", "yield", "await", "async", "return", "global x", "nonlocal x", "del", "if", "else", "elif",
        "for", "in", "not", "is", "and", "or", "while", "break", "continue", "try", "except", "finally",
        "with", "as", "class", "def", "pass", "import", "from", "raise", "assert", "match", "case", "_",
        "\"", "'", "'''", "\"\"\"", "f'{", "f'{x!r:>{w}}'", "b'\\xff'", "1e", "0x", "0b2", "1_", "1__0", "09",
        "\t", "\n", "    ", "\n    ", "\f", "\0", "\ud800", "\udfff", "\ufeff", "\u00e9", "\u2028", "$", "?", "`",
        "__class__", "super()", "x", "self", "None", "...",
    ];

    /// <summary>One to three mutations of <paramref name="source"/>.</summary>
    public string Mutate(string source)
    {
        var tokens = TokenPattern().Matches(source).Select(m => m.Value).ToList();
        if (tokens.Count == 0) tokens.Add("");
        int count = 1 + _random.Next(3);
        for (int i = 0; i < count; i++) MutateOnce(tokens);
        return string.Concat(tokens);
    }

    private void MutateOnce(List<string> tokens)
    {
        int at = _random.Next(tokens.Count);
        switch (_random.Next(11))
        {
            case 0:
                tokens.RemoveAt(at);
                if (tokens.Count == 0) tokens.Add("");
                break;
            case 1: tokens.Insert(at, tokens[at]); break;
            case 2:
                if (at + 1 < tokens.Count) (tokens[at], tokens[at + 1]) = (tokens[at + 1], tokens[at]);
                break;
            case 3: tokens[at] = tokens[_random.Next(tokens.Count)]; break;
            case 4: tokens.Insert(at, s_vocabulary[_random.Next(s_vocabulary.Length)]); break;
            case 5: Reindent(tokens, at); break;
            case 6: ChangeLineEndings(tokens); break;
            case 7: tokens.Insert(at, "([{"[_random.Next(3)].ToString()); break;
            case 8: tokens.Insert(at, ((char)_random.Next(0x20)).ToString()); break;
            case 9: tokens.Insert(at, char.ConvertFromUtf32(_random.Next(0x80, 0x3000))); break;
            default:
                // A slice of the program repeated: long bodies, long chains.
                int length = Math.Min(tokens.Count - at, 1 + _random.Next(8));
                var slice = tokens.GetRange(at, length);
                int times = 2 + _random.Next(50);
                for (int i = 0; i < times; i++) tokens.InsertRange(at, slice);
                break;
        }
    }

    // The indentation after a newline token: more, less, or tabs where there were spaces.
    private void Reindent(List<string> tokens, int at)
    {
        for (int i = at; i < tokens.Count - 1; i++)
        {
            if (tokens[i] is not ("\n" or "\r\n")) continue;
            string indent = tokens[i + 1].Length > 0 && tokens[i + 1].All(c => c is ' ' or '\t' or '\f') ? tokens[i + 1] : "";
            string changed = _random.Next(4) switch
            {
                0 => indent + " ",
                1 => indent.Length > 0 ? indent[..^1] : "\t",
                2 => indent.Replace("    ", "\t"),
                _ => "\t" + indent,
            };
            if (indent.Length > 0) tokens[i + 1] = changed;
            else tokens.Insert(i + 1, changed);
            return;
        }
    }

    private void ChangeLineEndings(List<string> tokens)
    {
        string[] endings = ["\r\n", "\r", "\n"];
        bool mixed = _random.Next(2) == 0;
        string ending = endings[_random.Next(endings.Length)];
        for (int i = 0; i < tokens.Count; i++)
            if (tokens[i] is "\n" or "\r\n") tokens[i] = mixed ? endings[_random.Next(endings.Length)] : ending;
    }

    /// <summary>A program nested or sized to an extreme: depth or length from 10 to 100,000.</summary>
    public string Extreme()
    {
        int[] sizes = [10, 100, 1_000, 10_000, 100_000];
        int n = sizes[_random.Next(sizes.Length)];
        string Repeat(string s, int times) => new StringBuilder(s.Length * times).Insert(0, s, times).ToString();
        return _random.Next(22) switch
        {
            0 => "x = " + Repeat("(", n) + "1" + Repeat(")", n) + "\n",
            1 => "x = " + Repeat("[", n) + Repeat("]", n) + "\n",
            2 => "x = " + Repeat("-", n) + "1\n",
            3 => "x = " + Repeat("not ", n) + "True\n",
            4 => "f = " + Repeat("lambda: ", n) + "1\n",
            // Blocks: indentation grows with depth (quadratic text), and CPython stops at 100 levels.
            5 => Nested("if True:", Math.Min(n, 1_000)) + "pass\n",
            6 => Nested("def f():", Math.Min(n, 1_000)) + "pass\n",
            7 => "x = 1" + Repeat(" + 1", n) + "\nprint(x)\n",
            8 => "x = 1" + Repeat(" and 1", n) + "\n",
            9 => "x = 1" + Repeat(" < 2", n) + "\n",
            10 => "x = 1" + Repeat(".real", n) + "\n",
            11 => "def f():\n    return f\nf" + Repeat("()", n) + "\n",
            12 => "x = (" + Repeat("1, ", n) + ")\nprint(len(x))\n",
            13 => "x = {" + string.Join(", ", Enumerable.Range(0, n).Select(i => $"{i}: {i}")) + "}\nprint(len(x))\n",
            14 => "x = " + Repeat("9", n) + "\nprint(x % 7)\n",
            15 => "x = 0x" + Repeat("f", n) + "\nprint(x % 7)\n",
            16 => "x = '" + Repeat("a", n) + "'\nprint(len(x))\n",
            17 => "x = f'{" + Repeat("(", Math.Min(n, 1000)) + "1" + Repeat(")", Math.Min(n, 1000)) + "}'\n",
            18 => "print(" + Repeat("1, ", n) + ")\n",
            19 => "def f(" + string.Join(", ", Enumerable.Range(0, n).Select(i => $"a{i}")) + "):\n    pass\n",
            20 => Repeat("@d\n", n) + "def f():\n    pass\n",
            _ => "x = " + Repeat("{'a': ", n) + "1" + Repeat("}", n) + "\n",
        };
    }

    private static string Nested(string header, int depth)
    {
        var text = new StringBuilder();
        for (int i = 0; i < depth; i++) text.Append(' ', i).Append(header).Append('\n');
        return text.Append(' ', depth).ToString();
    }
}
