using FsCheck;
using FsCheck.Fluent;

namespace DlrClosures.Tests.Fuzzing.Generation;

/// <summary>
/// FsCheck generators of Python expressions of one <see cref="ValueKind"/>, using only the names a
/// <see cref="GenScope"/> says exist, printed as source text (fully parenthesised where operators
/// meet, so the printer never has to know precedence). Values stay small: multiplication and powers
/// take a small literal, repetition a literal count, so no loop makes a value grow faster than
/// exponentially in its iteration count (bounded by <see cref="GenScope.IterationBudget"/>).
/// Each public generator is a thunk (<c>Gen.Sized</c>) that builds its choices when drawn: built
/// eagerly, every expression built the whole tree of generators below it, and 100 programs took
/// 35 s to generate.
/// Differences from CPython that the generator keeps away from are named where they are avoided.
/// </summary>
internal static class ExpressionGenerator
{
    // The weight of an expression that raises more often than not (a KeyError, an IndexError, a
    // ValueError from int(), a TypeError from comparing str and int): a marker that Pick turns into
    // a weight a quarter of the smallest other one, so that most programs run on past their first
    // few statements.
    private const int Risky = -1;

    private static Gen<string> Pick(List<(int Weight, Gen<string> Gen)> choices) =>
        Gen.Frequency(choices.Select(c => (c.Weight == Risky ? 1 : 4 * c.Weight, c.Gen)));

    private static readonly string[] s_words = ["", "a", "abc", "Hello, World", "x y z", "42", "-7", " pad ", "\u00e9t\u00e9", "\u00f1and\u00fa", "A_b", "tab\there", "line\nbreak", "it's", "say \"hi\""];

    public static Gen<string> SmallInt => Gen.Choose(0, 9).Select(i => i.ToString());

    public static Gen<string> IntLiteral => Gen.Frequency(
        (8, Gen.Choose(0, 12).Select(i => i.ToString())),
        (3, Gen.Choose(-50, 300).Select(i => i < 0 ? $"({i})" : i.ToString())),
        (1, Gen.Elements("10 ** 20", "123456789012345678901234567890", "(-2 ** 63)", "0x7f", "0b101", "1_000", "True", "False")));

    /// <summary>A string literal, single-quoted, with CPython's escapes where needed.</summary>
    public static Gen<string> StrLiteral => Gen.Elements(s_words).Select(Quote);

    public static string Quote(string value)
    {
        var text = new System.Text.StringBuilder("'");
        foreach (char c in value)
            text.Append(c switch { '\'' => "\\'", '\\' => "\\\\", '\n' => "\\n", '\t' => "\\t", _ => c.ToString() });
        return text.Append('\'').ToString();
    }

    public static Gen<string> Of(GenScope s, ValueKind kind, int depth) => kind switch
    {
        ValueKind.Int => Int(s, depth),
        ValueKind.Str => Str(s, depth),
        ValueKind.List => List(s, depth),
        ValueKind.Dict => Dict(s, depth),
        ValueKind.Tuple => Tuple(s, depth),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>A value print can show: an int, str, list, dict, tuple, bool, None or an object with <c>__repr__</c>.</summary>
    public static Gen<string> Printable(GenScope s, int depth) => Gen.Sized(_ => PrintableNow(s, depth));

    private static Gen<string> PrintableNow(GenScope s, int depth)
    {
        var choices = new List<(int, Gen<string>)>
        {
            (5, Int(s, depth)), (4, Str(s, depth)), (2, List(s, depth)), (1, Dict(s, depth)), (1, Tuple(s, depth)),
            (2, Cond(s, depth)), (1, Gen.Constant("None")),
        };
        if (s.Of(ValueKind.Obj) is { Length: > 0 } objects) choices.Add((1, Gen.Elements(objects)));
        return Gen.Frequency(choices);
    }

    private static Gen<string> Var(GenScope s, ValueKind kind, Gen<string> otherwise) =>
        s.Of(kind) is { Length: > 0 } names ? Gen.Elements(names) : otherwise;

    public static Gen<string> Int(GenScope s, int depth) => Gen.Sized(_ => IntNow(s, depth));

    private static Gen<string> IntNow(GenScope s, int depth)
    {
        var leaves = new List<(int, Gen<string>)> { (3, IntLiteral) };
        if (s.Of(ValueKind.Int) is { Length: > 0 } ints) leaves.Add((6, Gen.Elements(ints)));
        if (depth <= 0) return Gen.Frequency(leaves);
        var sub = Gen.Sized(_ => Int(s, depth - 1));
        var choices = new List<(int, Gen<string>)>(leaves)
        {
            (4, from a in sub from op in Gen.Elements("+", "-") from b in sub select $"({a} {op} {b})"),
            (2, from a in sub from k in SmallInt select $"({a} * {k})"),
            (2, from a in sub from op in Gen.Elements("//", "%") from k in Gen.Choose(1, 7) select $"({a} {op} {k})"),
            // Division by a value that may be zero: ZeroDivisionError on both sides.
            (Risky, from a in sub from op in Gen.Elements("//", "%") from b in sub select $"({a} {op} {b})"),
            (1, from a in sub from op in Gen.Elements("&", "|", "^", "<<", ">>") from k in Gen.Choose(0, 5) select $"({a} {op} {k})"),
            (1, from b in Gen.Choose(-3, 5) from e in Gen.Choose(0, 6) select $"({b} ** {e})"),
            (1, from a in sub from f in Gen.Elements("-", "~", "abs") select f == "abs" ? $"abs({a})" : $"({f}{a})"),
            (1, from a in sub from b in sub from f in Gen.Elements("min", "max") select $"{f}({a}, {b})"),
            (2, from x in Gen.OneOf(Str(s, depth - 1), List(s, depth - 1), Dict(s, depth - 1), Tuple(s, depth - 1)) select $"len({x})"),
            (1, from l in List(s, depth - 1) select $"sum({l})"),
            (1, from c in Cond(s, depth - 1) from a in sub from b in sub select $"({a} if {c} else {b})"),
            (1, from a in sub select $"int(str({a}))"),
            // int() of an arbitrary string: a ValueError with the string's repr most of the time.
            (Risky, from x in Str(s, depth - 1) select $"int({x})"),
            (1, from x in Str(s, depth - 1) from t in Str(s, depth - 1) select $"{x}.find({t})"),
            (1, from x in Str(s, depth - 1) from t in StrLiteral select $"{x}.count({t})"),
            (1, from a in sub from k in Gen.Choose(1, 9) from i in Gen.Choose(0, 1) select $"divmod({a}, {k})[{i}]"),
            (1, from a in sub from e in Gen.Choose(0, 9) from m in Gen.Choose(2, 97) select $"pow({a}, {e}, {m})"),
            (1, from a in sub from d in Gen.Choose(-2, 0) select $"round({a}, {d})"),
            (1, from l in List(s, depth - 1) from a in sub select $"sum({l}, {a})"),
            (1, from l in List(s, depth - 1) from a in sub from f in Gen.Elements("max", "min") select $"{f}({l}, default={a})"),
            (1, from l in List(s, depth - 1) select $"len(list(filter(None, {l})))"),
            (1, from l in List(s, depth - 1) from a in sub select $"{l}.count({a})"),
            (1, from a in sub select $"({a}).bit_length()"),
            (1, from a in sub select $"int(hex({a}), 16)"),
            (1, from a in sub from b in Gen.Elements("bin", "oct") select $"len({b}({a}))"),
            (1, from x in Str(s, depth - 1) select $"(ord({x}[0]) if {x} else -1)"),
            (1, from x in Str(s, depth - 1) select $"len({x}.split())"),
            (1, from l in Iterable(List(s, depth - 1)) from c in Gen.Elements("any", "all") select $"{c}({l}) + {c}(x > 2 for x in {l})"),
            (Risky, from x in Str(s, depth - 1) from t in StrLiteral select $"{x}.index({t})"),
            (Risky, from l in List(s, depth - 1) from a in sub select $"{l}.index({a})"),
        };
        if (s.Of(ValueKind.List) is { Length: > 0 } lists)
        {
            choices.Add((Risky, from l in Gen.Elements(lists) from i in sub select $"{l}[{i}]"));
            choices.Add((2, from l in Gen.Elements(lists) from i in sub select $"({l}[{i} % len({l})] if {l} else {i})"));
        }
        if (s.Of(ValueKind.Dict) is { Length: > 0 } dicts)
        {
            choices.Add((Risky, from d in Gen.Elements(dicts) from k in Str(s, 0) select $"{d}[{k}]"));
            choices.Add((2, from d in Gen.Elements(dicts) from k in Str(s, 0) from v in sub select $"{d}.get({k}, {v})"));
        }
        if (s.Of(ValueKind.Tuple) is { Length: > 0 } tuples)
            choices.Add((1, from t in Gen.Elements(tuples) from i in Gen.Frequency((6, Gen.Choose(-1, 0)), (1, Gen.Choose(1, 3))) select $"{t}[{i}]"));
        if (s.Functions.Count > 0)
            choices.Add((3, from f in Gen.Elements(s.Functions.ToArray())
                            from args in Gen.ListOf(sub, f.Arity)
                            select $"{f.Name}({string.Join(", ", args)})"));
        if (s.Of(ValueKind.Func) is { Length: > 0 } funcs)
            choices.Add((2, from f in Gen.Elements(funcs) from a in sub select $"{f}({a})"));
        if (s.Of(ValueKind.Obj) is { Length: > 0 } objects)
        {
            choices.Add((1, from o in Gen.Elements(objects) select $"{o}.x"));
            choices.Add((2, from o in Gen.Elements(objects) from a in sub select $"{o}.m({a})"));
        }
        return Pick(choices);
    }

    public static Gen<string> Cond(GenScope s, int depth) => Gen.Sized(_ => CondNow(s, depth));

    private static Gen<string> CondNow(GenScope s, int depth)
    {
        var sub = Int(s, Math.Max(0, depth - 1));
        var choices = new List<(int, Gen<string>)>
        {
            (5, from a in sub from op in Gen.Elements("<", "<=", "==", "!=", ">", ">=") from b in sub select $"{a} {op} {b}"),
            (1, from a in Str(s, 0) from op in Gen.Elements("<", "==", "!=", "in", "not in") from b in Str(s, 0) select $"{a} {op} {b}"),
            (1, from a in sub from b in sub from c in sub select $"{a} < {b} <= {c}"),
            (1, from a in sub from l in List(s, 0) select $"{a} in {l}"),
            (1, from k in Str(s, 0) from d in Dict(s, 0) select $"{k} in {d}"),
            (1, from x in Gen.OneOf(Str(s, 0), List(s, 0)) select $"bool({x})"),
            (1, Gen.Elements("True", "False")),
            // A comparison TypeError ('<' not supported between instances of 'str' and 'int').
            (Risky, from a in Str(s, 0) from b in sub select $"{a} < {b}"),
        };
        if (depth > 0)
        {
            var inner = Gen.Sized(_ => Cond(s, depth - 1));
            choices.Add((2, from a in inner from op in Gen.Elements("and", "or") from b in inner select $"({a}) {op} ({b})"));
            choices.Add((1, from a in inner select $"not ({a})"));
            choices.Add((1, from x in Printable(s, 0) from t in Gen.Elements("int", "str", "list", "dict", "tuple", "bool") select $"isinstance({x}, {t})"));
        }
        return Pick(choices);
    }

    public static Gen<string> Str(GenScope s, int depth) => Gen.Sized(_ => StrNow(s, depth));

    private static Gen<string> StrNow(GenScope s, int depth)
    {
        var leaves = new List<(int, Gen<string>)> { (3, StrLiteral) };
        if (s.Of(ValueKind.Str) is { Length: > 0 } strs) leaves.Add((5, Gen.Elements(strs)));
        if (depth <= 0) return Gen.Frequency(leaves);
        var sub = Gen.Sized(_ => Str(s, depth - 1));
        var ints = Int(s, depth - 1);
        var choices = new List<(int, Gen<string>)>(leaves)
        {
            (3, from a in sub from b in StrLiteral from first in Gen.Elements(true, false) select first ? $"({a} + {b})" : $"({b} + {a})"),
            (2, from i in ints select $"str({i})"),
            (1, from x in Printable(s, depth - 1) select $"repr({x})"),
            (2, from a in sub from m in Gen.Elements("upper", "lower", "strip", "title", "swapcase", "capitalize") select $"{a}.{m}()"),
            (2, from a in sub from i in Gen.Choose(-4, 4) from j in Gen.Choose(-4, 6) from form in Gen.Choose(0, 3)
                select form switch { 0 => $"{a}[{i}:{j}]", 1 => $"{a}[{i}:]", 2 => $"{a}[::-1]", _ => $"{a}[:{j}]" }),
            // An index that may be out of range: IndexError: string index out of range.
            (Risky, from a in sub from i in ints select $"{a}[{i}]"),
            (1, from a in StrLiteral from k in Gen.Choose(0, 3) select $"({a} * {k})"),
            (1, from l in Iterable(List(s, depth - 1)) from sep in Gen.Elements("', '", "'-'", "''") select $"{sep}.join(str(e) for e in {l})"),
            (1, from a in sub from old in Gen.Elements("'a'", "' '", "'l'") from neu in Gen.Elements("'A'", "''", "'<>'") select $"{a}.replace({old}, {neu})"),
            (1, from i in ints from x in sub select $"'%d|%s|%r' % ({i}, {x}, {x})"),
            (1, from i in ints from w in Gen.Choose(0, 8) select $"'{{:>{w}}}|{{!r}}'.format({i}, {i})"),
            (2, FString(s, depth - 1)),
            (1, from a in ints from f in Gen.Elements("hex", "bin", "oct", "str", "ascii") select $"{f}({a})"),
            (1, from a in ints from spec in Gen.Elements("'08b'", "'>6'", "'<5'", "'^7'", "'+'", "'x'", "','", "'_'", "'o'", "'#x'", "'d'") select $"format({a}, {spec})"),
            (1, from a in ints from x in sub select $"'%5d|%-4s|%x|%o' % ({a}, {x}, {a}, {a})"),
            (1, from a in sub from k in Gen.Choose(-1, 12) from f in Gen.Elements("center", "ljust", "rjust") select $"{a}.{f}({k}, '*')"),
            (1, from a in sub from k in Gen.Choose(-1, 9) select $"{a}.zfill({k})"),
            (1, from a in sub from sep in Gen.Elements("' '", "','", "'a'") from i in Gen.Choose(0, 2) from f in Gen.Elements("partition", "rpartition") select $"{a}.{f}({sep})[{i}]"),
            (1, from a in sub from sep in Gen.Elements("", "','", "'a'", "' '") select $"repr({a}.split({sep}))"),
            (1, from a in sub from f in Gen.Elements("isdigit", "isalpha", "isspace", "isupper", "islower", "istitle", "isidentifier") select $"str({a}.{f}())"),
            (1, from a in sub from t in StrLiteral from f in Gen.Elements("startswith", "endswith") select $"str({a}.{f}({t}))"),
            (1, from l in List(s, depth - 1) from x in sub select $"str(list(zip({l}, {x})))"),
            (1, from d in Dict(s, depth - 1) from f in Gen.Elements("items", "keys", "values") select $"str({d}.{f}())"),
            (1, from l in List(s, depth - 1) select $"str(list(enumerate({l}, 1)))"),
            (1, from a in ints select $"chr(65 + {a} % 26)"),
            (1, from a in sub from k in Gen.Choose(-1, 3) select $"({a} * {k})"),
            (1, from a in sub from step in Gen.Elements(2, -2, 3) select $"{a}[::{step}]"),
        };
        if (s.Of(ValueKind.Obj) is { Length: > 0 } objects)
            choices.Add((1, from o in Gen.Elements(objects) select $"str({o})"));
        return Pick(choices);
    }

    // Python 3.11 f-strings: the replacement fields may not contain a backslash or the quote that
    // delimits the f-string (that changed in 3.12), so fields are drawn again until they have neither.
    private static Gen<string> FString(GenScope s, int depth)
    {
        var field = Gen.OneOf(Int(s, depth), Str(s, depth)).Where(e => e.IndexOfAny(['\\', '"', '{']) < 0 && !e.Contains("f'"));
        var part = Gen.Frequency(
            (3, Gen.Elements("a", " ", "x=", ": ", "{{", "}}", "\u00e9")),
            (4, from e in field
                from spec in Gen.Elements("", "", "", "!r", "!s", ":>6", ":<4", ":^7", ":*^9")
                select $"{{{e}{spec}}}"),
            (2, from e in Int(s, depth).Where(e => e.IndexOfAny(['\\', '"', '{']) < 0 && !e.Contains("f'"))
                from spec in Gen.Elements(":+d", ":05d", ":x", ":X", ":o", ":b", ":,", ":_", ":>8,", "=")
                select $"{{{e}{spec}}}"));
        return from parts in Gen.ListOf(part, 3) select "f\"" + string.Concat(parts) + "\"";
    }

    public static Gen<string> List(GenScope s, int depth) => Gen.Sized(_ => ListNow(s, depth));

    private static Gen<string> ListNow(GenScope s, int depth)
    {
        var ints = Int(s, Math.Max(0, depth - 1));
        var leaves = new List<(int, Gen<string>)>
        {
            (3, from n in Gen.Choose(0, 4) from items in Gen.ListOf(ints, n) select $"[{string.Join(", ", items)}]"),
        };
        if (s.Of(ValueKind.List) is { Length: > 0 } lists) leaves.Add((5, Gen.Elements(lists)));
        if (depth <= 0) return Gen.Frequency(leaves);
        var sub = Gen.Sized(_ => List(s, depth - 1));
        var choices = new List<(int, Gen<string>)>(leaves)
        {
            (2, from l in sub from r in Gen.Elements("", ", reverse=True") select $"sorted({l}{r})"),
            (1, from l in sub select $"list(reversed({l}))"),
            (1, from n in Gen.Choose(0, 6) select $"list(range({n}))"),
            (1, from a in Gen.Choose(-3, 3) from b in Gen.Choose(-3, 8) from step in Gen.Elements(1, 2, -1) select $"list(range({a}, {b}, {step}))"),
            (2, from l in sub from i in Gen.Choose(-3, 3) from j in Gen.Choose(-3, 5) select $"{l}[{i}:{j}]"),
            (1, from l in sub from x in ints select $"({l} + [{x}])"),
            (1, from x in ints from k in Gen.Choose(0, 3) select $"([{x}] * {k})"),
            (3, Comprehension(s, depth)),
            (1, from t in Tuple(s, depth - 1) select $"list({t})"),
            (1, from d in Dict(s, depth - 1) select $"list({d}.values())"),
            (1, from x in Iterable(Str(s, depth - 1)) select $"[ord(c) for c in {x}]"),
            (1, from l in Iterable(sub) select $"[i * x for i, x in enumerate({l})]"),
            (1, from l in sub select $"list(map(abs, {l}))"),
            (1, from l in sub from x in ints select $"[{x}, *{l}]"),
            (1, from l in sub from step in Gen.Elements(-1, 2, -2) select $"{l}[::{step}]"),
            (1, from l in sub select $"sorted({l}, key=lambda q: (q % 3, -q))"),
            (1, from l in Iterable(sub) from x in Iterable(Str(s, depth - 1)) select $"[a + len(b) for a, b in zip({l}, {x}.split())]"),
            (1, WalrusComprehension(s, depth)),
        };
        return Gen.Frequency(choices);
    }

    // [f(x) for x in range(n) if c] with a fresh name that shadows nothing; the element and the
    // condition may read the enclosing names (a comprehension is a function scope: closures).
    private static Gen<string> Comprehension(GenScope s, int depth)
    {
        var (x, inner) = s.Fresh("c");
        inner = inner.Define(x, ValueKind.Int);
        return from n in Gen.Choose(0, 5)
               from element in Int(inner, depth - 1)
               from filter in Gen.Frequency((2, Gen.Constant("")), (1, Cond(inner, 0).Select(c => $" if {c}")))
               from source in Gen.Elements($"range({n})", $"[{n}, {n + 1}, {n * 2}]")
               select $"[{element} for {x} in {source}{filter}]";
    }

    // The iterable of a comprehension may not hold an assignment expression, at any depth
    // ("assignment expression cannot be used in a comprehension iterable expression").
    private static Gen<string> Iterable(Gen<string> expression) => expression.Where(e => !e.Contains(":=", StringComparison.Ordinal));

    // An assignment expression in a comprehension binds in the enclosing scope (PEP 572): at module
    // level a global, in a function a local of the function.
    private static Gen<string> WalrusComprehension(GenScope s, int depth)
    {
        var (x, s1) = s.Fresh("c");
        var (w, _) = s1.Fresh("y");
        var inner = s1.Define(x, ValueKind.Int);
        return from n in Gen.Choose(0, 4)
               from element in Int(inner, depth - 1)
               select $"[({w} := {element}) + {w} for {x} in range({n})]";
    }

    public static Gen<string> Dict(GenScope s, int depth) => Gen.Sized(_ => DictNow(s, depth));

    private static Gen<string> DictNow(GenScope s, int depth)
    {
        var ints = Int(s, Math.Max(0, depth - 1));
        var entry = from k in StrLiteral from v in ints select $"{k}: {v}";
        var leaves = new List<(int, Gen<string>)>
        {
            (3, from n in Gen.Choose(0, 3) from items in Gen.ListOf(entry, n) select $"{{{string.Join(", ", items)}}}"),
        };
        if (s.Of(ValueKind.Dict) is { Length: > 0 } dicts) leaves.Add((5, Gen.Elements(dicts)));
        if (depth <= 0) return Gen.Frequency(leaves);
        var (x, inner) = s.Fresh("k");
        inner = inner.Define(x, ValueKind.Int);
        var choices = new List<(int, Gen<string>)>(leaves)
        {
            (1, from n in Gen.Choose(0, 4) from v in Int(inner, depth - 1) select $"{{str({x}): {v} for {x} in range({n})}}"),
            (1, from d in Dict(s, depth - 1) select $"dict({d})"),
            (1, from a in Dict(s, depth - 1) from b in Dict(s, depth - 1) select $"{{**{a}, **{b}}}"),
        };
        return Gen.Frequency(choices);
    }

    /// <summary>A tuple of ints, never empty (so that t[0] and t[-1] exist).</summary>
    public static Gen<string> Tuple(GenScope s, int depth) => Gen.Sized(_ => TupleNow(s, depth));

    private static Gen<string> TupleNow(GenScope s, int depth)
    {
        var ints = Int(s, Math.Max(0, depth - 1));
        var leaves = new List<(int, Gen<string>)>
        {
            (3, from n in Gen.Choose(1, 3) from items in Gen.ListOf(ints, n) select n == 1 ? $"({items[0]},)" : $"({string.Join(", ", items)})"),
        };
        if (s.Of(ValueKind.Tuple) is { Length: > 0 } tuples) leaves.Add((4, Gen.Elements(tuples)));
        if (depth <= 0) return Gen.Frequency(leaves);
        var sub = Gen.Sized(_ => Tuple(s, depth - 1));
        return Gen.Frequency(new List<(int, Gen<string>)>(leaves)
        {
            (1, from a in sub from b in sub select $"({a} + {b})"),
            (1, from x in ints from l in List(s, depth - 1) select $"(({x},) + tuple({l}))"),
            (1, from a in sub select $"tuple(sorted({a}))"),
        });
    }
}
