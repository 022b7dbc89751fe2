using System.Text;

namespace DlrClosures.Cli.Interactive;

/// <summary>
/// Reads one line at the prompt with the editing keys of GNU readline's emacs mode, the ones
/// CPython's prompt offers: Left/Right (Ctrl-B/F), Home/End (Ctrl-A/E), Backspace, Delete,
/// Ctrl-K/U/W (kill to end, to start, the previous word), Up/Down (Ctrl-P/N) through
/// <see cref="History"/>, Tab to complete a name (or indent when nothing precedes the cursor),
/// Ctrl-L to clear the screen, Ctrl-D to end input on an empty line and Ctrl-C to cancel the line.
/// It redraws the whole line after each key (carriage return, prompt, text, erase to the end of the
/// line, cursor back), which keeps it correct without tracking the screen; lines longer than the
/// terminal is wide are not handled specially.
/// </summary>
internal sealed class LineEditor
{
    private readonly ITerminal _terminal;
    private readonly History _history;
    private readonly Func<string, IEnumerable<string>> _complete;
    private readonly StringBuilder _text = new();
    private int _cursor;

    public LineEditor(ITerminal terminal, History history, Func<string, IEnumerable<string>> complete)
    {
        _terminal = terminal;
        _history = history;
        _complete = complete;
    }

    /// <summary>What ended the line.</summary>
    public enum Outcome { Line, EndOfInput, Interrupted }

    /// <summary>Reads a line after <paramref name="prompt"/> (which may hold colour escapes); <paramref name="line"/> is set for <see cref="Outcome.Line"/>.</summary>
    public Outcome ReadLine(string prompt, out string line)
    {
        _text.Clear();
        _cursor = 0;
        line = "";
        int recalled = _history.Entries.Count; // the entry shown; Count is the line being typed
        string typed = "";
        _terminal.Write(prompt);
        while (true)
        {
            var key = _terminal.ReadKey();
            switch (Classify(key))
            {
                case Action.Enter:
                    _terminal.Write("\r\n");
                    line = _text.ToString();
                    return Outcome.Line;
                case Action.EndOfInput when _text.Length == 0:
                    _terminal.Write("\r\n");
                    return Outcome.EndOfInput;
                case Action.EndOfInput or Action.Delete:
                    if (_cursor < _text.Length) _text.Remove(_cursor, 1);
                    break;
                case Action.Interrupt:
                    _terminal.Write("\r\n");
                    return Outcome.Interrupted;
                case Action.Backspace:
                    if (_cursor > 0) _text.Remove(--_cursor, 1);
                    break;
                case Action.Left:
                    _cursor = Math.Max(0, _cursor - 1);
                    break;
                case Action.Right:
                    _cursor = Math.Min(_text.Length, _cursor + 1);
                    break;
                case Action.Home:
                    _cursor = 0;
                    break;
                case Action.End:
                    _cursor = _text.Length;
                    break;
                case Action.KillToEnd:
                    _text.Remove(_cursor, _text.Length - _cursor);
                    break;
                case Action.KillToStart:
                    _text.Remove(0, _cursor);
                    _cursor = 0;
                    break;
                case Action.KillWord:
                    KillPreviousWord();
                    break;
                case Action.Up when recalled > 0:
                    if (recalled == _history.Entries.Count) typed = _text.ToString();
                    Replace(_history.Entries[--recalled]);
                    break;
                case Action.Down when recalled < _history.Entries.Count:
                    recalled++;
                    Replace(recalled == _history.Entries.Count ? typed : _history.Entries[recalled]);
                    break;
                case Action.Complete:
                    Complete(prompt);
                    break;
                case Action.ClearScreen:
                    _terminal.Write("\x1b[H\x1b[2J");
                    break;
                case Action.Insert:
                    _text.Insert(_cursor++, key.KeyChar);
                    break;
            }
            Redraw(prompt);
        }
    }

    private enum Action { None, Insert, Enter, EndOfInput, Interrupt, Backspace, Delete, Left, Right, Home, End, KillToEnd, KillToStart, KillWord, Up, Down, Complete, ClearScreen }

    // Control characters first (what a terminal sends), then the keys .NET decodes from escape sequences.
    private static Action Classify(ConsoleKeyInfo key)
    {
        switch (key.KeyChar)
        {
            case '\r' or '\n': return Action.Enter;
            case '\x04': return Action.EndOfInput;
            case '\x03': return Action.Interrupt;
            case '\b' or '\x7f': return Action.Backspace;
            case '\x01': return Action.Home;
            case '\x05': return Action.End;
            case '\x02': return Action.Left;
            case '\x06': return Action.Right;
            case '\x0b': return Action.KillToEnd;
            case '\x15': return Action.KillToStart;
            case '\x17': return Action.KillWord;
            case '\x10': return Action.Up;
            case '\x0e': return Action.Down;
            case '\t': return Action.Complete;
            case '\x0c': return Action.ClearScreen;
        }
        if ((key.Modifiers & ConsoleModifiers.Control) != 0)
        {
            return key.Key switch
            {
                ConsoleKey.D => Action.EndOfInput,
                ConsoleKey.C => Action.Interrupt,
                ConsoleKey.A => Action.Home,
                ConsoleKey.E => Action.End,
                ConsoleKey.B => Action.Left,
                ConsoleKey.F => Action.Right,
                ConsoleKey.K => Action.KillToEnd,
                ConsoleKey.U => Action.KillToStart,
                ConsoleKey.W => Action.KillWord,
                ConsoleKey.P => Action.Up,
                ConsoleKey.N => Action.Down,
                ConsoleKey.L => Action.ClearScreen,
                _ => Action.None,
            };
        }
        return key.Key switch
        {
            ConsoleKey.Enter => Action.Enter,
            ConsoleKey.Backspace => Action.Backspace,
            ConsoleKey.Delete => Action.Delete,
            ConsoleKey.LeftArrow => Action.Left,
            ConsoleKey.RightArrow => Action.Right,
            ConsoleKey.Home => Action.Home,
            ConsoleKey.End => Action.End,
            ConsoleKey.UpArrow => Action.Up,
            ConsoleKey.DownArrow => Action.Down,
            ConsoleKey.Tab => Action.Complete,
            _ => key.KeyChar >= ' ' ? Action.Insert : Action.None,
        };
    }

    private void Replace(string text)
    {
        _text.Clear().Append(text);
        _cursor = _text.Length;
    }

    // readline's unix-word-rubout: the white space before the cursor, then the word before that.
    private void KillPreviousWord()
    {
        int start = _cursor;
        while (start > 0 && char.IsWhiteSpace(_text[start - 1])) start--;
        while (start > 0 && !char.IsWhiteSpace(_text[start - 1])) start--;
        _text.Remove(start, _cursor - start);
        _cursor = start;
    }

    // Only white space before the cursor: Tab indents (four spaces). Otherwise the name being typed
    // is completed: one candidate is inserted whole, several as far as they agree, and when that
    // adds nothing they are listed under the line.
    private void Complete(string prompt)
    {
        string before = _text.ToString(0, _cursor);
        if (before.Trim().Length == 0)
        {
            _text.Insert(_cursor, "    ");
            _cursor += 4;
            return;
        }
        int start = _cursor;
        while (start > 0 && (char.IsLetterOrDigit(_text[start - 1]) || _text[start - 1] is '_' or '.')) start--;
        string word = before[start..];
        if (word.Length == 0) return;
        var candidates = _complete(word).Where(c => c.StartsWith(word, StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal).ToList();
        if (candidates.Count == 0) return;
        string common = candidates.Aggregate(CommonPrefix);
        if (common.Length > word.Length)
        {
            _text.Insert(_cursor, common[word.Length..]);
            _cursor += common.Length - word.Length;
        }
        else if (candidates.Count > 1)
        {
            _terminal.Write("\r\n" + string.Join("  ", candidates) + "\r\n");
        }
    }

    private static string CommonPrefix(string a, string b)
    {
        int n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return a[..n];
    }

    private void Redraw(string prompt)
    {
        var screen = new StringBuilder("\r").Append(prompt).Append(_text).Append("\x1b[K");
        int back = _text.Length - _cursor;
        if (back > 0) screen.Append("\x1b[").Append(back).Append('D');
        _terminal.Write(screen.ToString());
    }
}
