using System.Text;
using DlrClosures.Runtime.Builtins;
using DlrClosures.Runtime.Exceptions;
using DlrClosures.Runtime.Operations;

namespace DlrClosures.Runtime.Io;

/// <summary>
/// input() and open() (builtin_input_impl, _io.open). input reads the runtime's standard input
/// (<see cref="PyRuntimeContext.In"/>, what the host set with <c>ScriptIO.SetInput</c>). open reaches
/// the file system only when the host granted it (<see cref="PyPermissions.FileSystem"/>, within
/// <see cref="PyPermissions.FileSystemRoot"/> when that is set): dlrc does, an embedded runtime by
/// default does not, and then open raises PermissionError without touching the disk.
/// </summary>
internal static class IoBuiltins
{
    public static object Input(object[] args, string[]? kw)
    {
        PyArgs.NoKeywords("input", kw);
        PyArgs.Range("input", args, kw, 0, 1);
        if (args.Length == 1)
        {
            var prompt = PyRepr.Str(args[0]);
            Limits.PyLimits.ChargeOutput(prompt);
            PyContext.Out.Write(prompt);
        }
        PyContext.Out.Flush();
        var line = (PyContext.Current?.In ?? Console.In).ReadLine();
        return line ?? throw new PyException(PyExceptionType.EOFError, "EOF when reading a line");
    }

    public static object Open(object[] args, string[]? kw)
    {
        PyArgs.AllowKeywordsUnexpected("open", kw, "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener");
        int n = PyArgs.Positional(args, kw);
        if (n > 8) throw PyErrors.TypeError(PyMessages.TakesPositionalArguments("open", 8, n));
        object? Arg(int i, string name) => i < n ? args[i] : PyArgs.Keyword(args, kw, name);
        var file = Arg(0, "file") ?? throw PyErrors.TypeError("open() missing required argument 'file' (pos 1)");
        var mode = Arg(1, "mode") is { } m ? m as string ?? throw PyErrors.TypeError($"open() argument 'mode' must be str, not {PyTypes.TypeName(m)}") : "r";
        var encodingArg = Arg(3, "encoding") is { } e and not PyNone ? PyArgs.Str(e) : null;
        var newline = Arg(5, "newline") is { } nl and not PyNone ? PyArgs.Str(nl) : null;
        foreach (var (i, name) in new[] { (2, "buffering"), (4, "errors"), (6, "closefd"), (7, "opener") })
            if (Arg(i, name) is { } given && given is not PyNone && !(name == "buffering" && PyInt.IsInt(given)) && !(name == "closefd" && given is true))
                throw PyErrors.TypeError($"open() argument '{name}' is not supported by DlrClosures yet");
        var path = file as string ?? throw PyErrors.TypeError($"expected str, bytes or os.PathLike object, not {PyTypes.TypeName(file)}");

        var (fileMode, access, binary, readable, writable) = ParseMode(mode);
        if (binary && encodingArg is not null) throw PyErrors.ValueError("binary mode doesn't take an encoding argument");
        if (binary && newline is not null) throw PyErrors.ValueError("binary mode doesn't take a newline argument");
        if (newline is not (null or "" or "\n" or "\r" or "\r\n")) throw PyErrors.ValueError($"illegal newline value: {newline}");
        Encoding? encoding = null;
        string encodingName = encodingArg ?? "UTF-8";
        if (!binary)
        {
            encoding = (Codecs.Normalize(encodingName) ?? throw new PyException(PyExceptionType.LookupError, $"unknown encoding: {encodingName}")) switch
            {
                "ascii" => Encoding.ASCII,
                "latin-1" => Encoding.Latin1,
                "utf-16" => Encoding.Unicode,
                "utf-16-le" => new UnicodeEncoding(false, false),
                "utf-16-be" => new UnicodeEncoding(true, false),
                "utf-32" => Encoding.UTF32,
                _ => new UTF8Encoding(false),
            };
        }

        var fullPath = Authorize(path);
        try
        {
            // Writes go straight to the file (no FileStream buffer): CPython flushes a file when its
            // last reference goes, and .NET has no such moment, so an unclosed file must still be complete.
            var stream = new FileStream(fullPath, fileMode, access, FileShare.ReadWrite | FileShare.Delete, writable ? 1 : 4096);
            if (mode.Contains('a')) stream.Seek(0, SeekOrigin.End);
            return new PyFile(stream, path, mode, binary, readable, writable, encoding, encodingName, newline);
        }
        catch (FileNotFoundException) { throw OsError(PyExceptionType.FileNotFoundError, 2, "No such file or directory", path); }
        catch (DirectoryNotFoundException) { throw OsError(PyExceptionType.FileNotFoundError, 2, "No such file or directory", path); }
        catch (UnauthorizedAccessException) when (Directory.Exists(fullPath)) { throw OsError(PyExceptionType.IsADirectoryError, 21, "Is a directory", path); }
        catch (UnauthorizedAccessException) { throw OsError(PyExceptionType.PermissionError, 13, "Permission denied", path); }
        catch (IOException) when (fileMode == FileMode.CreateNew && File.Exists(fullPath)) { throw OsError(PyExceptionType.FileExistsError, 17, "File exists", path); }
        catch (IOException error) { throw new PyException(PyExceptionType.OSError, $"{error.Message}: {StrRepr.Repr(path)}"); }
    }

    /// <summary>The full path of <paramref name="path"/>, when the runtime's permissions allow it; PermissionError otherwise.</summary>
    private static string Authorize(string path)
    {
        var permissions = PyContext.Current?.Permissions ?? PyPermissions.None;
        if (!permissions.FileSystem)
            throw OsError(PyExceptionType.PermissionError, 13, "Permission denied", path,
                " (the host does not allow scripts to open files: ScriptPermissions.FileSystem)");
        if (permissions.FileSystemRoot is not { } root) return Path.GetFullPath(path);
        // Below a root, a relative path is taken from the root, and the result must stay inside it.
        var full = Path.GetFullPath(path, root);
        var prefix = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        if (!full.StartsWith(prefix, StringComparison.Ordinal) && full != root)
            throw OsError(PyExceptionType.PermissionError, 13, "Permission denied", path,
                " (outside the folder the host allows scripts to open files in: ScriptPermissions.FileSystemRoot)");
        return full;
    }

    private static PyException OsError(PyExceptionType type, int errno, string text, string path, string extra = "") =>
        new(type, $"[Errno {errno}] {text}: {StrRepr.Repr(path)}{extra}");

    // _io_open_impl's mode check: one of r, w, a, x, optionally + and b or t, each once.
    private static (FileMode, FileAccess, bool Binary, bool Readable, bool Writable) ParseMode(string mode)
    {
        int kinds = 0;
        bool plus = false, binary = false, text = false;
        char kind = 'r';
        foreach (char c in mode)
        {
            switch (c)
            {
                case 'r' or 'w' or 'a' or 'x': kinds++; kind = c; break;
                case '+' when !plus: plus = true; break;
                case 'b' when !binary: binary = true; break;
                case 't' when !text: text = true; break;
                default: throw PyErrors.ValueError($"invalid mode: '{mode}'");
            }
        }
        if (binary && text) throw PyErrors.ValueError("can't have text and binary mode at once");
        if (kinds != 1) throw PyErrors.ValueError("must have exactly one of create/read/write/append mode");
        bool readable = kind == 'r' || plus, writable = kind != 'r' || plus;
        var fileMode = kind switch
        {
            'r' => FileMode.Open,
            'w' => FileMode.Create,
            'a' => FileMode.OpenOrCreate,
            _ => FileMode.CreateNew,
        };
        var access = readable && writable ? FileAccess.ReadWrite : readable ? FileAccess.Read : FileAccess.Write;
        return (fileMode, access, binary, readable, writable);
    }
}
