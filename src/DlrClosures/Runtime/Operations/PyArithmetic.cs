namespace DlrClosures.Runtime.Operations;

/// <summary>Binary and unary arithmetic with Python semantics: int is long until it overflows into BigInteger, bool counts as int, true division gives float, floor division and modulo round toward negative infinity, str/list/tuple concatenation and repetition.</summary>
public static class PyArithmetic
{
    public static object Add(object a, object b) => throw new NotImplementedException();
    public static object Subtract(object a, object b) => throw new NotImplementedException();
    public static object Multiply(object a, object b) => throw new NotImplementedException();
    public static object TrueDivide(object a, object b) => throw new NotImplementedException();
    public static object FloorDivide(object a, object b) => throw new NotImplementedException();
    public static object Modulo(object a, object b) => throw new NotImplementedException();
    public static object Power(object a, object b) => throw new NotImplementedException();
    public static object LeftShift(object a, object b) => throw new NotImplementedException();
    public static object RightShift(object a, object b) => throw new NotImplementedException();
    public static object BitAnd(object a, object b) => throw new NotImplementedException();
    public static object BitOr(object a, object b) => throw new NotImplementedException();
    public static object BitXor(object a, object b) => throw new NotImplementedException();
    public static object MatMultiply(object a, object b) => throw new NotImplementedException();
    public static object InPlaceAdd(object a, object b) => throw new NotImplementedException();
    public static object InPlaceMultiply(object a, object b) => throw new NotImplementedException();
    public static object Negate(object a) => throw new NotImplementedException();
    public static object Plus(object a) => throw new NotImplementedException();
    public static object Invert(object a) => throw new NotImplementedException();
    public static object AddInt(long a, long b) => throw new NotImplementedException();
    public static object SubtractInt(long a, long b) => throw new NotImplementedException();
    public static object MultiplyInt(long a, long b) => throw new NotImplementedException();
    public static object FloorDivideInt(long a, long b) => throw new NotImplementedException();
    public static object ModuloInt(long a, long b) => throw new NotImplementedException();
}
