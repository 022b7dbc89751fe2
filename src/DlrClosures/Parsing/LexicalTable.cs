using System.Buffers;

namespace DlrClosures.Parsing;

/// <summary>
/// The tokens of one logical text, each read once (CPython's tokenizer, Parser/tokenizer.c
/// <c>tok_get</c>, minus what the layout pass already did). The grammar asks "which token starts
/// here?" many times over at the same position while it tries alternatives; the first question reads
/// the characters, every later one is an array lookup.
/// <list type="number">
/// <item>Blanks (space, tab, form feed) before a token are skipped once per position.</item>
/// <item>A name is read once per start position, its text allocated once, its keyword-ness decided once.</item>
/// <item>An operator is the longest one that starts at the position (so <c>**=</c> is never <c>*</c>),
/// decided once and kept as an index into <see cref="Operators"/>.</item>
/// </list>
/// Reading is lazy: positions inside f-string fields, which the layout pass leaves inside the string,
/// are read when the f-string parser first asks about them, with the same rules.
/// <para>The per-position arrays come from <see cref="ArrayPool{T}"/> and go back when the parse ends
/// (<see cref="Release"/>): for a file of more than 20,000 characters a fresh array would be on the
/// large-object heap, and allocating one per parse costs a full (gen 2) collection every few parses.</para>
/// </summary>
internal sealed class LexicalTable
{
    /// <summary>Every operator and delimiter, longest first, so a shorter one never matches the start of a longer.</summary>
    public static readonly string[] Operators =
    [
        "**=", "//=", ">>=", "<<=", "...", "->", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=",
        "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":=", "+", "-", "*", "/", "%", "@", "&", "|", "^", "~",
        "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=", "!",
    ];

    private static readonly HashSet<string> Keywords =
    [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
        "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
        "with", "yield",
    ];

    /// <summary>For each ASCII character, the operators that begin with it, longest first.</summary>
    private static readonly int[]?[] ByFirstCharacter = IndexByFirstCharacter();

    /// <summary>No operator starts at the position.</summary>
    public const int NoOperator = -1;

    private const int Unknown = 0;

    // Each array is indexed by logical position and holds its answer plus one (0: not read yet).
    private int[] _afterBlanks;
    private int[] _operator;
    private int[] _nameEnd;

    /// <summary>For a position where a name starts: its index in <see cref="_names"/>, times two, plus one for a keyword.</summary>
    private int[] _nameIndex;
    private readonly List<string> _names = [];

    public LexicalTable(string text, ParseContext context)
    {
        Text = text;
        Context = context;
        _afterBlanks = Rent(text.Length + 1);
        _operator = Rent(text.Length + 1);
        _nameEnd = Rent(text.Length + 1);
        _nameIndex = Rent(text.Length + 1);
    }

    /// <summary>The parse this table belongs to: the grammar reaches it through the input, not a thread-static.</summary>
    public ParseContext Context { get; }

    /// <summary>Gives the arrays back to the pool; the table must not be used afterwards.</summary>
    public void Release()
    {
        foreach (var array in new[] { _afterBlanks, _operator, _nameEnd, _nameIndex })
            if (array.Length > 0) ArrayPool<int>.Shared.Return(array);
        _afterBlanks = _operator = _nameEnd = _nameIndex = [];
    }

    private static int[] Rent(int length)
    {
        var array = ArrayPool<int>.Shared.Rent(length);
        Array.Clear(array, 0, length);
        return array;
    }

    public string Text { get; }

    // Plain loops rather than LINQ: this runs at start-up, where LINQ over ints is code the JIT
    // has to compile first (ReadyToRun images hold no framework generics over value types).
    private static int[]?[] IndexByFirstCharacter()
    {
        var table = new int[]?[128];
        for (int i = 0; i < Operators.Length; i++)
        {
            char first = Operators[i][0];
            int[]? known = table[first];
            var grown = new int[(known?.Length ?? 0) + 1]; // Operators is longest first, and so is each list
            known?.CopyTo(grown, 0);
            grown[^1] = i;
            table[first] = grown;
        }
        return table;
    }

    public static int OperatorIndex(string op)
    {
        int index = Array.IndexOf(Operators, op);
        return index >= 0 ? index : throw new ArgumentException($"'{op}' is not an operator", nameof(op));
    }

    /// <summary>The first position at or after <paramref name="position"/> that is not a blank.</summary>
    public int SkipBlanks(int position)
    {
        if (position >= Text.Length) return position;
        int known = _afterBlanks[position];
        if (known != Unknown) return known - 1;
        int p = position;
        while (p < Text.Length && Text[p] is ' ' or '\t' or '\f') p++;
        _afterBlanks[position] = p + 1;
        return p;
    }

    /// <summary>The index in <see cref="Operators"/> of the longest operator starting at <paramref name="position"/>, or <see cref="NoOperator"/>.</summary>
    public int OperatorAt(int position)
    {
        if (position >= Text.Length) return NoOperator;
        int known = _operator[position];
        if (known != Unknown) return known - 1;
        int found = NoOperator;
        char c = Text[position];
        if (c < 128 && ByFirstCharacter[c] is { } candidates)
        {
            foreach (int i in candidates)
            {
                string candidate = Operators[i];
                if (string.CompareOrdinal(Text, position, candidate, 0, candidate.Length) == 0)
                {
                    found = i;
                    break;
                }
            }
        }
        _operator[position] = found + 1;
        return found;
    }

    /// <summary>
    /// The name or keyword starting at <paramref name="position"/> (an identifier start, then identifier
    /// characters): its end and text; false when no name starts there.
    /// </summary>
    public bool NameAt(int position, out int end, out string text, out bool isKeyword)
    {
        int known = position < Text.Length ? _nameEnd[position] : -1;
        if (known == Unknown)
        {
            if (!LayoutScanner.IsIdentifierStart(Text[position]))
            {
                known = -1;
            }
            else
            {
                int p = position + 1;
                while (p < Text.Length && LayoutScanner.IsIdentifierPart(Text[p])) p++;
                string word = Text.Substring(position, p - position);
                _nameIndex[position] = _names.Count * 2 + (Keywords.Contains(word) ? 1 : 0);
                _names.Add(word);
                known = p + 1;
            }
            _nameEnd[position] = known;
        }
        if (known < 0)
        {
            end = position;
            text = "";
            isKeyword = false;
            return false;
        }
        end = known - 1;
        int index = _nameIndex[position];
        text = _names[index >> 1];
        isKeyword = (index & 1) != 0;
        return true;
    }
}
