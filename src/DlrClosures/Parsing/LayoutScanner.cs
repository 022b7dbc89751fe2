using System.Globalization;
using System.Text;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Syntax;
using DlrClosures.Text;

namespace DlrClosures.Parsing;

/// <summary>
/// The layout pre-pass (CPython's tokenizer, Parser/tokenizer.c, minus the tokens themselves).
/// Input: the raw file. Output: a <see cref="LogicalSource"/> whose text holds one logical line after
/// another, so that the Sprache grammar never sees a comment, a blank line or a physical newline.
/// <list type="number">
/// <item>At the start of each logical line outside brackets, measure the indentation (a tab moves to
/// the next multiple of 8, as CPython does), skip the line when it is blank or comment-only, and
/// compare with the stack of open widths: emit <see cref="Indent"/> or one <see cref="Dedent"/> per
/// closed level (a width that matches no open level is an IndentationError).</item>
/// <item>Copy the line's characters, dropping comments; string literals are copied verbatim (a
/// newline inside a triple-quoted string stays), brackets are counted so that a newline inside
/// them becomes a space, and a backslash before a newline joins the lines.</item>
/// <item>End each logical line with <see cref="Newline"/>; at the end of the file close every open
/// indentation level with <see cref="Dedent"/>.</item>
/// </list>
/// Every output character records its original offset. Tokenizer errors are raised here with
/// CPython's words and positions.
/// </summary>
internal sealed class LayoutScanner
{
    /// <summary>Private-use characters: they cannot occur in the logical text except as markers.</summary>
    public const char Indent = '\uE000', Dedent = '\uE001', Newline = '\uE002';

    /// <summary>CPython's MAXLEVEL (Parser/tokenizer.h).</summary>
    private const int MaxBracketDepth = 200;

    private readonly SourceText _source;
    private readonly string _text;
    // Sized for the whole text at once (the logical text is about as long as the source): growing
    // them by doubling copied and discarded about twice their final size on every parse.
    private readonly StringBuilder _out;
    private readonly List<int> _map;
    private readonly SmallStack<OpenBracket> _brackets = new();
    private readonly SmallStack<int> _indents = StartingAtZero();

    /// <summary>The same levels measured with a tab as one column (CPython's <c>altindstack</c>).</summary>
    private readonly SmallStack<int> _altIndents = StartingAtZero();
    private int _pos;
    private int _maxBracketDepth;
    private PyException? _unclosed;

    private LayoutScanner(SourceText source)
    {
        _source = source;
        _text = source.Text;
        _out = new StringBuilder(_text.Length + 16);
        _map = new List<int>(_text.Length + 16);
    }

    private static SmallStack<int> StartingAtZero()
    {
        var stack = new SmallStack<int>();
        stack.Push(0);
        return stack;
    }

    /// <summary>True when the error raised was caused by the input ending too early (REPL continuation).</summary>
    private bool EndedEarly { get; set; }

    /// <summary>The last logical line ended with ':' (a block header the REPL must wait for).</summary>
    private bool LastLineOpensBlock { get; set; }

    /// <summary>Some line was indented or was a decorator, so the REPL must wait for a blank line.</summary>
    private bool SawCompound { get; set; }

    /// <summary>Scans <paramref name="source"/>; throws a <see cref="PyException"/> for tokenizer errors.</summary>
    public static LogicalSource Scan(SourceText source)
    {
        var scanner = new LayoutScanner(source);
        scanner.Run();
        return new LogicalSource(source, scanner._out.ToString(), [.. scanner._map, source.Text.Length])
        {
            UnclosedBracket = scanner._unclosed,
            MaxBracketDepth = scanner._maxBracketDepth,
        };
    }

    /// <summary>
    /// For the REPL: whether <paramref name="text"/> stops inside a bracket, a triple-quoted string or
    /// after a backslash, or inside a compound statement not yet closed by a blank line.
    /// </summary>
    public static bool NeedsMoreInput(string text)
    {
        var scanner = new LayoutScanner(new SourceText(text, "<stdin>"));
        try
        {
            scanner.Run();
        }
        catch (PyException)
        {
            return scanner.EndedEarly;
        }
        if (scanner._unclosed is not null) return true;
        return (scanner.LastLineOpensBlock || scanner.SawCompound) && !EndsWithBlankLine(text);
    }

    private static bool EndsWithBlankLine(string text)
    {
        // Lines arrive as typed, each ending in '\n'; the block is closed once an empty line arrives.
        string body = text.EndsWith('\n') ? text[..^1] : text;
        int lastBreak = body.LastIndexOf('\n');
        return lastBreak >= 0 && body[(lastBreak + 1)..].Trim().Length == 0;
    }

    private void Run()
    {
        while (_pos < _text.Length)
        {
            if (!StartLogicalLine()) continue;
            ScanLogicalLine();
        }
        if (_brackets.Count > 0)
        {
            // CPython reports an unclosed bracket only when the parser reaches the end of the file
            // (pegen_errors.c, _PyPegen_set_syntax_error), so the grammar gets to run first.
            EndedEarly = true;
            var (bracket, offset) = _brackets.Peek();
            _unclosed = Error(SyntaxMessages.NeverClosed(bracket), offset, offset);
            Emit(Newline, _text.Length);
        }
        while (_indents.Count > 1)
        {
            _indents.Pop();
            Emit(Dedent, _text.Length);
        }
    }

    /// <summary>Measures indentation and emits INDENT/DEDENT; false when the line is blank and was skipped.</summary>
    private bool StartLogicalLine()
    {
        int width = 0, altWidth = 0, start = _pos;
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\f')
        {
            width = _text[_pos] switch { '\t' => (width / 8 + 1) * 8, '\f' => 0, _ => width + 1 };
            altWidth = _text[_pos] == '\f' ? 0 : altWidth + 1;
            _pos++;
        }
        if (_pos >= _text.Length) return false;
        char c = _text[_pos];
        if (c == '#')
        {
            while (_pos < _text.Length && _text[_pos] is not ('\n' or '\r')) _pos++;
            c = _pos < _text.Length ? _text[_pos] : '\n';
        }
        if (c is '\n' or '\r')
        {
            SkipLineBreak();
            return false;
        }
        // Tab size 8 and tab size 1 must order the levels alike, else TabError (tokenizer.c, indenterror).
        if (width > _indents.Peek())
        {
            if (altWidth <= _altIndents.Peek()) throw TabError(start);
            _indents.Push(width);
            _altIndents.Push(altWidth);
            SawCompound = true;
            Emit(Indent, _pos);
        }
        else
        {
            while (width < _indents.Peek())
            {
                _indents.Pop();
                _altIndents.Pop();
                Emit(Dedent, _pos);
            }
            if (width != _indents.Peek())
            {
                // CPython places this one just past the end of the offending line (tokenizer.c, indenterror).
                var (line, _) = _source.GetPosition(_pos);
                int column = _source.GetLine(line).Length + 1;
                var span = new SourceSpan(_pos, _pos, line, column, line, column);
                throw PyErrors.SyntaxError(SyntaxMessages.UnindentMismatch, _source, span, PyExceptionType.IndentationError);
            }
            if (altWidth != _altIndents.Peek()) throw TabError(start);
        }
        if (c == '@') SawCompound = true;
        return true;
    }

    private void ScanLogicalLine()
    {
        int contentEnd = _pos;
        char last = '\0';
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            switch (c)
            {
                case ' ' or '\t' or '\f':
                    Emit(c, _pos++);
                    continue;
                case '#':
                    contentEnd = _pos;
                    while (_pos < _text.Length && _text[_pos] is not ('\n' or '\r')) _pos++;
                    continue;
                case '\n' or '\r':
                    if (_brackets.Count > 0)
                    {
                        Emit(' ', _pos);
                        SkipLineBreak();
                        continue;
                    }
                    Emit(Newline, ContentEndBefore(_pos, contentEnd));
                    SkipLineBreak();
                    LastLineOpensBlock = last == ':';
                    return;
                case '\\':
                    ScanContinuation();
                    continue;
                case '\'' or '"':
                    ScanString(_pos, _pos);
                    last = c;
                    contentEnd = _pos;
                    continue;
                case '(' or '[' or '{':
                    if (_brackets.Count >= MaxBracketDepth) throw Error(SyntaxMessages.TooManyNestedParentheses, _pos, _pos + 1);
                    _brackets.Push(new OpenBracket(c, _pos));
                    _maxBracketDepth = Math.Max(_maxBracketDepth, _brackets.Count);
                    break;
                case ')' or ']' or '}':
                    CloseBracket(c);
                    break;
            }
            if (IsIdentifierStart(c))
            {
                ScanWord();
            }
            else
            {
                if (c > 127 || (c < ' ' && c is not ('\t' or '\f'))) throw InvalidCharacter();
                Emit(c, _pos++);
            }
            last = _text[_pos - 1];
            contentEnd = _pos;
        }
        if (_brackets.Count == 0)
        {
            Emit(Newline, ContentEndBefore(_pos, contentEnd));
            LastLineOpensBlock = last == ':';
        }
    }

    /// <summary>Where CPython's NEWLINE token starts: after trailing blanks, or at the comment.</summary>
    private int ContentEndBefore(int lineBreak, int contentEnd)
    {
        int p = contentEnd;
        while (p < lineBreak && _text[p] is ' ' or '\t' or '\f') p++;
        return p;
    }

    private void ScanContinuation()
    {
        int at = _pos++;
        if (_pos < _text.Length && _text[_pos] is '\n' or '\r')
        {
            SkipLineBreak();
            if (_pos < _text.Length)
            {
                Emit(' ', at);
                return;
            }
        }
        if (_pos >= _text.Length)
        {
            EndedEarly = true;
            throw Error(SyntaxMessages.UnexpectedEof, at + 1, at + 1);
        }
        throw Error(SyntaxMessages.UnexpectedCharAfterContinuation, at + 1, at + 1);
    }

    private void CloseBracket(char close)
    {
        char expected = close switch { ')' => '(', ']' => '[', _ => '{' };
        if (_brackets.Count == 0) throw Error(SyntaxMessages.Unmatched(close), _pos, _pos);
        var (open, offset) = _brackets.Pop();
        if (open == expected) return;
        int openLine = _source.GetPosition(offset).Line;
        string message = openLine == _source.GetPosition(_pos).Line
            ? SyntaxMessages.MismatchedBracket(close, open)
            : SyntaxMessages.MismatchedBracketOnLine(close, open, openLine);
        throw Error(message, _pos, _pos);
    }

    /// <summary>An identifier or keyword, or the prefix of a string literal (r, f, rb, fr, ...).</summary>
    private void ScanWord()
    {
        int start = _pos;
        while (_pos < _text.Length && IsIdentifierPart(_text[_pos])) _pos++;
        if (_pos < _text.Length && _text[_pos] is '\'' or '"' && IsStringPrefix(_text[start.._pos]))
        {
            int quote = _pos;
            _pos = start;
            ScanString(start, quote);
            return;
        }
        for (int i = start; i < _pos; i++) Emit(_text[i], i);
    }

    private static bool IsStringPrefix(string word) =>
        word.ToLowerInvariant() is "r" or "u" or "f" or "b" or "br" or "rb" or "fr" or "rf";

    /// <summary>Copies a string literal verbatim; <paramref name="quoteAt"/> is its first quote.</summary>
    private void ScanString(int start, int quoteAt)
    {
        for (int i = start; i < quoteAt; i++) Emit(_text[i], i);
        char quote = _text[quoteAt];
        bool triple = quoteAt + 2 < _text.Length && _text[quoteAt + 1] == quote && _text[quoteAt + 2] == quote;
        int delimiter = triple ? 3 : 1;
        for (int i = 0; i < delimiter; i++) Emit(quote, quoteAt + i);
        _pos = quoteAt + delimiter;
        while (true)
        {
            if (_pos >= _text.Length)
            {
                int line = _source.GetPosition(Math.Max(0, _text.Length - 1)).Line;
                EndedEarly = triple;
                throw Error(triple ? SyntaxMessages.UnterminatedTripleQuotedString(line) : SyntaxMessages.UnterminatedString(line), start, start);
            }
            char c = _text[_pos];
            if (c == '\\' && _pos + 1 < _text.Length)
            {
                Emit(c, _pos++);
                Emit(_text[_pos], _pos++);
                continue;
            }
            if (!triple && c is '\n' or '\r')
                throw Error(SyntaxMessages.UnterminatedString(_source.GetPosition(_pos).Line), start, start);
            if (c == quote && (!triple || (_pos + 2 < _text.Length && _text[_pos + 1] == quote && _text[_pos + 2] == quote)))
            {
                for (int i = 0; i < delimiter; i++) Emit(quote, _pos++);
                return;
            }
            Emit(c, _pos++);
        }
    }

    /// <summary>CPython reports E_TABSPACE at column 1 of the line (pegen_errors.c, col_offset 0).</summary>
    private PyException TabError(int lineStart)
    {
        int line = _source.GetPosition(lineStart).Line;
        var span = new SourceSpan(lineStart, lineStart, line, 1, line, 1);
        return PyErrors.SyntaxError(SyntaxMessages.InconsistentTabs, _source, span, PyExceptionType.TabError);
    }

    private PyException InvalidCharacter()
    {
        int codePoint = char.ConvertToUtf32(_text, _pos);
        string text = char.ConvertFromUtf32(codePoint);
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        bool printable = category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned);
        string message = printable
            ? SyntaxMessages.InvalidCharacter(text, codePoint)
            : SyntaxMessages.InvalidNonPrintableCharacter(codePoint);
        return Error(message, _pos, _pos);
    }

    /// <summary>Identifier characters (a simplification of XID_Start/XID_Continue).</summary>
    // ASCII is answered without the Unicode tables: almost every character of a program is ASCII.
    internal static bool IsIdentifierStart(char c) => c < 128 ? char.IsAsciiLetter(c) || c == '_' : char.IsLetter(c);

    internal static bool IsIdentifierPart(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) || c == '_' : char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c)
            is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation;

    private void SkipLineBreak()
    {
        if (_pos < _text.Length && _text[_pos] == '\r') _pos++;
        if (_pos < _text.Length && _text[_pos] == '\n') _pos++;
    }

    private void Emit(char c, int offset)
    {
        _out.Append(c);
        _map.Add(offset);
    }

    private PyException Error(string message, int start, int end) =>
        PyErrors.SyntaxError(message, _source, _source.Span(start, end));
}
