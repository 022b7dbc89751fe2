using System.Text;
using DlrClosures.Cli.Interactive;
using NUnit.Framework;

namespace DlrClosures.Tests.Cli;

/// <summary>The prompt's line editing, driven key by key through a fake terminal.</summary>
[TestFixture]
public sealed class LineEditorTests
{
    private static readonly ConsoleKeyInfo Left = Key(ConsoleKey.LeftArrow), Right = Key(ConsoleKey.RightArrow),
        Home = Key(ConsoleKey.Home), End = Key(ConsoleKey.End), Up = Key(ConsoleKey.UpArrow), Down = Key(ConsoleKey.DownArrow),
        Backspace = Key(ConsoleKey.Backspace, '\b'), Delete = Key(ConsoleKey.Delete), Enter = Key(ConsoleKey.Enter, '\r'),
        Tab = Key(ConsoleKey.Tab, '\t');

    [Test]
    public void LeftRightHomeEnd_MoveTheInsertionPoint()
    {
        var line = Read([.. Text("bc"), Home, .. Text("a"), End, .. Text("e"), Left, .. Text("d"), Right, .. Text("f"), Enter]);

        Assert.That(line, Is.EqualTo("abcdef"));
    }

    [Test]
    public void BackspaceAndDelete_RemoveBeforeAndAtTheCursor()
    {
        var line = Read([.. Text("abcd"), Backspace, Home, Delete, Enter]);

        Assert.That(line, Is.EqualTo("bc"));
    }

    [TestCase('\x01', "Xabc def")] // Ctrl-A: start of line
    [TestCase('\x05', "abc defX")] // Ctrl-E: end of line
    public void CtrlAAndCtrlE_GoToStartAndEnd(char control, string expected)
    {
        var line = Read([.. Text("abc def"), Left, Left, Ctrl(control), .. Text("X"), Enter]);

        Assert.That(line, Is.EqualTo(expected));
    }

    [Test]
    public void CtrlK_KillsToTheEnd_CtrlU_ToTheStart_CtrlW_ThePreviousWord()
    {
        var killEnd = Read([.. Text("print(1) junk"), Left, Left, Left, Left, Left, Ctrl('\x0b'), Enter]);
        var killStart = Read([.. Text("junk x = 1"), Home, Right, Right, Right, Right, Right, Ctrl('\x15'), Enter]);
        var killWord = Read([.. Text("x = old  "), Ctrl('\x17'), .. Text("new"), Enter]);

        Assert.That((killEnd, killStart, killWord), Is.EqualTo(("print(1)", "x = 1", "x = new")));
    }

    [Test]
    public void UpAndDown_WalkTheHistory_AndKeepTheLineBeingTyped()
    {
        var history = new History(null);
        history.Add("first");
        history.Add("second");

        var older = Read([Up, Up, Enter], history);
        var back = Read([.. Text("draft"), Up, Up, Down, Down, Enter], history);
        var edited = Read([Up, Backspace, .. Text("d!"), Enter], history);

        Assert.That((older, back, edited), Is.EqualTo(("first", "draft", "second!")));
    }

    [Test]
    public void Tab_CompletesAName_OrIndentsAtTheStart()
    {
        string[] names = ["print", "property", "pow", "counter"];

        var unique = Read([.. Text("cou"), Tab, Enter], complete: names);
        var common = Read([.. Text("pr"), Tab, .. Text("int"), Enter], complete: names);
        var indent = Read([Tab, .. Text("pass"), Enter], complete: names);

        Assert.That((unique, common, indent), Is.EqualTo(("counter", "print", "    pass")));
    }

    [Test]
    public void Tab_WithSeveralCandidates_ListsThem()
    {
        var terminal = new FakeTerminal([.. Text("p"), Tab, Enter]);
        var editor = new LineEditor(terminal, new History(null), _ => ["print", "pow"]);

        editor.ReadLine(">>> ", out _);

        Assert.That(terminal.Screen, Does.Contain("\r\npow  print\r\n"));
    }

    [Test]
    public void CtrlD_EndsInputOnAnEmptyLine_AndDeletesOtherwise()
    {
        var editor = new LineEditor(new FakeTerminal([.. Text("ab"), Home, Ctrl('\x04'), Enter, Ctrl('\x04')]), new History(null), _ => []);

        var first = editor.ReadLine(">>> ", out string line);
        var second = editor.ReadLine(">>> ", out _);

        Assert.That((first, line, second), Is.EqualTo((LineEditor.Outcome.Line, "b", LineEditor.Outcome.EndOfInput)));
    }

    [Test]
    public void CtrlC_CancelsTheLine()
    {
        var editor = new LineEditor(new FakeTerminal([.. Text("x = "), Ctrl('\x03')]), new History(null), _ => []);

        Assert.That(editor.ReadLine(">>> ", out _), Is.EqualTo(LineEditor.Outcome.Interrupted));
    }

    [Test]
    public void Redraw_ShowsPromptTextAndCursor()
    {
        var terminal = new FakeTerminal([.. Text("ab"), Left, Enter]);

        new LineEditor(terminal, new History(null), _ => []).ReadLine(">>> ", out _);

        Assert.That(terminal.Screen, Does.EndWith("\r>>> ab\x1b[K\x1b[1D\r\n"));
    }

    [Test]
    public void History_IsSavedToItsFile_AndReadBack()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("dlrc-history-").FullName, ".dlrc_history");
        var history = new History(path);
        history.Add("x = 1");
        history.Add("x = 1"); // a repeat is not kept twice
        history.Add("s = 'a\\\\b'");
        history.Add("");

        Assert.That(new History(path).Entries, Is.EqualTo(new[] { "x = 1", "s = 'a\\\\b'" }));
    }

    private static string Read(ConsoleKeyInfo[] keys, History? history = null, string[]? complete = null)
    {
        var editor = new LineEditor(new FakeTerminal(keys), history ?? new History(null), _ => complete ?? []);
        Assert.That(editor.ReadLine(">>> ", out string line), Is.EqualTo(LineEditor.Outcome.Line));
        return line;
    }

    private static IEnumerable<ConsoleKeyInfo> Text(string text) => text.Select(c => new ConsoleKeyInfo(c, ConsoleKey.NoName, false, false, false));

    private static ConsoleKeyInfo Ctrl(char control) => new(control, ConsoleKey.NoName, false, false, true);

    private static ConsoleKeyInfo Key(ConsoleKey key, char c = '\0') => new(c, key, false, false, false);

    /// <summary>Keystrokes from a list; what is written, kept.</summary>
    internal sealed class FakeTerminal(IEnumerable<ConsoleKeyInfo> keys) : ITerminal
    {
        private readonly Queue<ConsoleKeyInfo> _keys = new(keys);
        private readonly StringBuilder _screen = new();

        public string Screen => _screen.ToString();

        public ConsoleKeyInfo ReadKey() => _keys.Count > 0 ? _keys.Dequeue() : new ConsoleKeyInfo('\x04', ConsoleKey.D, false, false, true);

        public void Write(string text) => _screen.Append(text);
    }
}
