using System.Text;
using Microsoft.Win32.SafeHandles;

namespace DlrClosures.Cli;

/// <summary>
/// The program's stdout and stderr, buffered as CPython 3.11 buffers them
/// (<c>Python/pylifecycle.c</c> <c>create_stdio</c>): stdout line-buffered on a terminal and
/// block-buffered otherwise, stderr line-buffered, both unbuffered with <c>-u</c>; all flushed at exit.
/// Output is UTF-8, CPython's default encoding under a UTF-8 locale.
/// <para>
/// A closed pipe (<c>dlrc s.py | head -1</c>) must stop the program as CPython's
/// <c>BrokenPipeError</c> does. .NET's own console stream drops writes to a closed pipe silently,
/// so a script writing forever would never end; stdout is therefore written through file
/// descriptor 1 itself, whose writes fail, and <see cref="StdoutClosed"/> remembers that they did.
/// </para>
/// </summary>
internal sealed class StandardStreams
{
    private readonly PipeAwareStream _stdout;

    public StandardStreams(bool unbuffered)
    {
        var encoding = new UTF8Encoding(false);
        _stdout = new PipeAwareStream(OpenStdout());
        bool lineBuffered = unbuffered || !Console.IsOutputRedirected;
        // StreamWriter has no line mode: AutoFlush flushes after every write, and print writes a
        // line in one or two writes, so on a terminal that is line buffering in effect.
        Output = new StreamWriter(_stdout, encoding, lineBuffered ? 1024 : 1 << 13) { AutoFlush = lineBuffered };
        Error = new StreamWriter(Console.OpenStandardError(), encoding) { AutoFlush = true };
    }

    /// <summary>Streams of a test: no pipe to close.</summary>
    internal StandardStreams(TextWriter output, TextWriter error)
    {
        _stdout = new PipeAwareStream(Stream.Null);
        Output = output;
        Error = error;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>True once a write to stdout failed because its reader had gone (EPIPE).</summary>
    public bool StdoutClosed => _stdout.Failed;

    /// <summary>
    /// Flushes stdout at exit. A reader that has gone makes this CPython's report at shutdown
    /// (<c>Exception ignored in: ...</c>) and exit status 120, as <c>Py_FinalizeEx</c> gives when
    /// flushing stdout fails; returns the status to exit with.
    /// </summary>
    public int FlushAtExit(int status)
    {
        if (StdoutClosed) return status;
        try
        {
            Output.Flush();
            return status;
        }
        catch (IOException)
        {
            Error.Write("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n" +
                        "BrokenPipeError: [Errno 32] Broken pipe\n");
            return 120;
        }
    }

    // Only a pipe or a terminal goes through file descriptor 1: on a regular file FileStream writes
    // at its own position (pwrite), which would overwrite what others wrote before us (2>&1, >>).
    private static Stream OpenStdout()
    {
        if (OperatingSystem.IsWindows()) return Console.OpenStandardOutput();
        var handle = new SafeFileHandle(1, ownsHandle: false);
        var stream = new FileStream(handle, FileAccess.Write, bufferSize: 0);
        if (!stream.CanSeek) return stream;
        stream.Dispose();
        return Console.OpenStandardOutput();
    }

    /// <summary>Passes writes through; once one fails, later ones are dropped, so that the flushes in
    /// <c>finally</c> blocks and at exit cannot fail again.</summary>
    private sealed class PipeAwareStream(Stream inner) : Stream
    {
        public bool Failed { get; private set; }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (Failed) return;
            try
            {
                inner.Write(buffer);
            }
            catch (IOException)
            {
                Failed = true;
                throw;
            }
        }

        public override void Flush()
        {
            if (!Failed) inner.Flush();
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
