using System.Numerics;

namespace DlrClosures.Runtime;

/// <summary>
/// Python's int: a boxed <see cref="long"/> while the value fits, a <see cref="BigInteger"/> only
/// when it does not (always normalised, so a BigInteger is never in long range). Small values share
/// preallocated boxes.
/// </summary>
public static class PyInt
{
    public static object Box(long value) => throw new NotImplementedException();
    public static object FromBigInteger(BigInteger value) => throw new NotImplementedException();
}
