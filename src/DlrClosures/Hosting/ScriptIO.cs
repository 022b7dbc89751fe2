using System.Text;
using DlrClosures.Runtime;

namespace DlrClosures.Hosting;

/// <summary>
/// Where scripts of a runtime read and write (Microsoft.Scripting.Hosting's <c>ScriptIO</c>):
/// <c>print</c> goes to <see cref="OutputWriter"/>, tracebacks a host prints go to
/// <see cref="ErrorWriter"/>, and standard input is read from <see cref="InputReader"/>. Until set,
/// each is the process console. A change applies to code that runs afterwards, on every thread.
/// </summary>
public sealed class ScriptIO
{
    private readonly PyRuntimeContext _context;

    internal ScriptIO(PyRuntimeContext context)
    {
        _context = context;
        RedirectToConsole();
    }

    /// <summary>Standard output of scripts.</summary>
    public TextWriter OutputWriter { get => _context.Out; private set => _context.Out = value; }

    /// <summary>Standard error of scripts.</summary>
    public TextWriter ErrorWriter { get => _context.Error; private set => _context.Error = value; }

    /// <summary>
    /// Standard input of scripts: <c>input()</c> reads its lines. There is no <c>sys.stdin</c>
    /// yet; when the standard library brings it, it reads from here.
    /// </summary>
    public TextReader InputReader { get => _context.In; private set => _context.In = value; }

    /// <summary>The stream under <see cref="OutputWriter"/> when it was set from a stream, else null.</summary>
    public Stream? OutputStream { get; private set; }

    /// <summary>The stream under <see cref="ErrorWriter"/> when it was set from a stream, else null.</summary>
    public Stream? ErrorStream { get; private set; }

    /// <summary>The stream under <see cref="InputReader"/> when it was set from a stream, else null.</summary>
    public Stream? InputStream { get; private set; }

    /// <summary>The encoding of <see cref="OutputWriter"/>.</summary>
    public Encoding OutputEncoding => OutputWriter.Encoding;

    /// <summary>The encoding of <see cref="ErrorWriter"/>.</summary>
    public Encoding ErrorEncoding => ErrorWriter.Encoding;

    /// <summary>The encoding <see cref="InputReader"/> decodes, when it was set with one; UTF-8 otherwise.</summary>
    public Encoding InputEncoding { get; private set; } = Encoding.UTF8;

    /// <summary>Sends script output to <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void SetOutput(TextWriter writer)
    {
        OutputWriter = writer ?? throw new ArgumentNullException(nameof(writer));
        OutputStream = null;
    }

    /// <summary>Sends script output to <paramref name="stream"/> in <paramref name="encoding"/> (flushed after every write).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void SetOutput(Stream stream, Encoding encoding) => SetOutput(stream, Writer(stream, encoding));

    /// <summary>Sends script output to <paramref name="writer"/>, which writes to <paramref name="stream"/> (the DLR's shape).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void SetOutput(Stream stream, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(stream);
        SetOutput(writer);
        OutputStream = stream;
    }

    /// <summary>Sends script error output to <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void SetErrorOutput(TextWriter writer)
    {
        ErrorWriter = writer ?? throw new ArgumentNullException(nameof(writer));
        ErrorStream = null;
    }

    /// <summary>Sends script error output to <paramref name="stream"/> in <paramref name="encoding"/> (flushed after every write).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void SetErrorOutput(Stream stream, Encoding encoding) => SetErrorOutput(stream, Writer(stream, encoding));

    /// <summary>Sends script error output to <paramref name="writer"/>, which writes to <paramref name="stream"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void SetErrorOutput(Stream stream, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(stream);
        SetErrorOutput(writer);
        ErrorStream = stream;
    }

    /// <summary>Makes <paramref name="reader"/> the scripts' standard input.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public void SetInput(TextReader reader)
    {
        InputReader = reader ?? throw new ArgumentNullException(nameof(reader));
        InputStream = null;
    }

    /// <summary>Makes <paramref name="stream"/>, decoded as <paramref name="encoding"/>, the scripts' standard input.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void SetInput(Stream stream, Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        SetInput(stream, new StreamReader(stream ?? throw new ArgumentNullException(nameof(stream)), encoding), encoding);
    }

    /// <summary>Makes <paramref name="reader"/>, which reads <paramref name="stream"/> in <paramref name="encoding"/>, the scripts' standard input (the DLR's shape).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void SetInput(Stream stream, TextReader reader, Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(stream);
        SetInput(reader);
        InputStream = stream;
        InputEncoding = encoding ?? throw new ArgumentNullException(nameof(encoding));
    }

    /// <summary>Sends output and error output back to the process console, and reads input from it again.</summary>
    public void RedirectToConsole()
    {
        _context.UseConsole();
        OutputStream = ErrorStream = InputStream = null;
        InputEncoding = Encoding.UTF8;
    }

    private static StreamWriter Writer(Stream stream, Encoding encoding) =>
        new(stream ?? throw new ArgumentNullException(nameof(stream)), encoding ?? throw new ArgumentNullException(nameof(encoding))) { AutoFlush = true };
}
