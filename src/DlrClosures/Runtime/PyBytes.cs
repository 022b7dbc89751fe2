using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime;

/// <summary>
/// Python's bytes, and bytearray when <see cref="IsMutable"/>: a run of bytes, immutable and
/// hashable, or growable in place. One class for both, as frozenset shares set's: indexing,
/// iteration, comparison and the methods are the same, and a method's result has its receiver's type.
/// </summary>
internal sealed class PyBytes
{
    private byte[] _data;
    private int _count;

    public PyBytes(byte[] data, bool mutable = false)
    {
        _data = data;
        _count = data.Length;
        IsMutable = mutable;
    }

    public static readonly PyBytes Empty = new([]);

    /// <summary>True for a bytearray.</summary>
    public bool IsMutable { get; }

    public int Count => _count;

    public ReadOnlySpan<byte> Span => _data.AsSpan(0, _count);

    public byte this[int index] => _data[index];

    /// <summary>A copy of the bytes.</summary>
    public byte[] ToArray() => Span.ToArray();

    /// <summary>A new object of this one's type (bytes or bytearray) holding <paramref name="data"/>.</summary>
    public PyBytes Like(byte[] data) => new(data, IsMutable);

    public void Append(byte value)
    {
        EnsureMutable();
        if (_count == _data.Length) Array.Resize(ref _data, Math.Max(8, _count * 2));
        _data[_count++] = value;
    }

    public void AppendRange(ReadOnlySpan<byte> values)
    {
        EnsureMutable();
        if (_count + values.Length > _data.Length) Array.Resize(ref _data, Math.Max(_count + values.Length, _count * 2));
        values.CopyTo(_data.AsSpan(_count));
        _count += values.Length;
    }

    public void Set(int index, byte value)
    {
        EnsureMutable();
        _data[index] = value;
    }

    /// <summary>Replaces the whole content (slice assignment, deletion, insert, remove, clear).</summary>
    public void Replace(byte[] data)
    {
        EnsureMutable();
        _data = data;
        _count = data.Length;
    }

    private void EnsureMutable()
    {
        if (!IsMutable) throw PyErrors.TypeError("'bytes' object does not support item assignment");
    }
}
