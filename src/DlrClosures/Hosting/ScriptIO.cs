using System.Text;
using DlrClosures.Runtime;

namespace DlrClosures.Hosting;

/// <summary>Where scripts of a runtime write: <c>print</c> goes to <see cref="OutputWriter"/>, tracebacks a host prints go to <see cref="ErrorWriter"/>.</summary>
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

    /// <summary>Sends script output to <paramref name="writer"/>.</summary>
    public void SetOutput(TextWriter writer) => OutputWriter = writer ?? throw new ArgumentNullException(nameof(writer));

    /// <summary>Sends script output to <paramref name="stream"/> in <paramref name="encoding"/>.</summary>
    public void SetOutput(Stream stream, Encoding encoding) =>
        OutputWriter = new StreamWriter(stream, encoding) { AutoFlush = true };

    /// <summary>Sends script error output to <paramref name="writer"/>.</summary>
    public void SetErrorOutput(TextWriter writer) => ErrorWriter = writer ?? throw new ArgumentNullException(nameof(writer));

    /// <summary>Sends script error output to <paramref name="stream"/> in <paramref name="encoding"/>.</summary>
    public void SetErrorOutput(Stream stream, Encoding encoding) =>
        ErrorWriter = new StreamWriter(stream, encoding) { AutoFlush = true };

    /// <summary>Sends both back to the process console.</summary>
    public void RedirectToConsole() => _context.UseConsole();
}
