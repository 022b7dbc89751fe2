namespace DlrClosures.Cli.Interactive;

/// <summary>
/// The entries typed at the prompt, oldest first, kept in a file of dlrc's own (<c>~/.dlrc_history</c>,
/// never Python's): one entry per line, a multi-line entry with its newlines escaped as <c>\n</c>
/// (and backslashes as <c>\\</c>), the newest <see cref="Limit"/> kept.
/// </summary>
internal sealed class History
{
    public const int Limit = 1000;

    private readonly List<string> _entries = [];
    private readonly string? _path;

    /// <summary>A history kept in <paramref name="path"/> (none kept when null).</summary>
    public History(string? path)
    {
        _path = path;
        if (path is null || !File.Exists(path)) return;
        try
        {
            foreach (var line in File.ReadAllLines(path))
                if (line.Length > 0) _entries.Add(Unescape(line));
        }
        catch (IOException)
        {
            // an unreadable history is an empty one
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary><c>~/.dlrc_history</c>.</summary>
    public static string DefaultPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dlrc_history");

    public IReadOnlyList<string> Entries => _entries;

    /// <summary>Adds <paramref name="entry"/> unless it is blank or repeats the last one, and saves the file.</summary>
    public void Add(string entry)
    {
        entry = entry.TrimEnd('\n');
        if (string.IsNullOrWhiteSpace(entry) || (_entries.Count > 0 && _entries[^1] == entry)) return;
        _entries.Add(entry);
        if (_entries.Count > Limit) _entries.RemoveRange(0, _entries.Count - Limit);
        if (_path is null) return;
        try
        {
            File.WriteAllLines(_path, _entries.Select(Escape));
        }
        catch (IOException)
        {
            // history is a comfort: a read-only home must not end the session
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string Escape(string entry) => entry.Replace("\\", "\\\\").Replace("\n", "\\n");

    private static string Unescape(string line)
    {
        var text = new System.Text.StringBuilder(line.Length);
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length)
            {
                i++;
                text.Append(line[i] == 'n' ? '\n' : line[i]);
            }
            else text.Append(line[i]);
        }
        return text.ToString();
    }
}
