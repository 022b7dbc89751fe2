using System.Text;

namespace DlrClosures.Hosting;

/// <summary>Where scripts of a runtime write: <c>print</c> goes to <see cref="OutputWriter"/>, tracebacks a host prints go to <see cref="ErrorWriter"/>.</summary>
public sealed class ScriptIO
{
    internal ScriptIO() => RedirectToConsole();

    /// <summary>Standard output of scripts.</summary>
    public TextWriter OutputWriter { get; private set; } = TextWriter.Null;

    /// <summary>Standard error of scripts.</summary>
    public TextWriter ErrorWriter { get; private set; } = TextWriter.Null;

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
    public void RedirectToConsole()
    {
        OutputWriter = Console.Out;
        ErrorWriter = Console.Error;
    }
}
