namespace DlrClosures.Runtime.Operations;

/// <summary>
/// Every user-facing text the runtime raises, worded exactly as CPython 3.11 (the C source each
/// comes from is named where it is not obvious). Defined once so tests and callers share them.
/// </summary>
internal static class PyMessages
{
    // Arithmetic (Objects/abstract.c binop_type_error, Objects/longobject.c, Objects/floatobject.c).
    public static string UnsupportedOperands(string op, string left, string right) =>
        $"unsupported operand type(s) for {op}: '{left}' and '{right}'";
    public static string UnsupportedPow3(string a, string b, string c) =>
        $"unsupported operand type(s) for ** or pow(): '{a}', '{b}', '{c}'";
    public static string CanOnlyConcatenate(string self, string other) =>
        $"can only concatenate {self} (not \"{other}\") to {self}";
    public static string CantMultiplySequence(string other) => $"can't multiply sequence by non-int of type '{other}'";
    public static string BadUnaryOperand(string op, string type) => $"bad operand type for unary {op}: '{type}'";
    public static string BadAbsOperand(string type) => $"bad operand type for abs(): '{type}'";
    public const string DivisionByZero = "division by zero";
    public const string IntDivisionByZero = "integer division or modulo by zero";
    public const string IntModuloByZero = "integer modulo by zero";
    public const string FloatDivisionByZero = "float division by zero";
    public const string FloatFloorDivisionByZero = "float floor division by zero";
    public const string FloatModulo = "float modulo";
    public const string FloatDivmod = "float divmod()";
    public const string ZeroToNegativePower = "0.0 cannot be raised to a negative power";
    public const string NegativeShiftCount = "negative shift count";
    public const string MathRangeError = "(34, 'Numerical result out of range')";
    public const string IntTooLargeForFloat = "int too large to convert to float";
    public const string IntDivisionTooLarge = "integer division result too large for a float";
    public const string CannotConvertInfinity = "cannot convert float infinity to integer";
    public const string CannotConvertNaN = "cannot convert float NaN to integer";
    public const string Pow3ZeroModulus = "pow() 3rd argument cannot be 0";
    public const string Pow3NotAllInts = "pow() 3rd argument not allowed unless all arguments are integers";
    public const string Pow3NegativeExponent = "base is not invertible for the given modulus";
    public const string TooManyDigitsForShift = "too many digits in integer";

    // Comparison and containment (Objects/object.c do_richcompare, Objects/abstract.c).
    public static string NotSupportedBetween(string op, string left, string right) =>
        $"'{op}' not supported between instances of '{left}' and '{right}'";
    public static string ArgumentNotIterable(string type) => $"argument of type '{type}' is not iterable";
    public static string InStringRequiresString(string type) => $"'in <string>' requires string as left operand, not {type}";

    // Hashing.
    public static string Unhashable(string type) => $"unhashable type: '{type}'";

    // Iteration and unpacking (Python/ceval.c unpack_iterable).
    public static string NotIterable(string type) => $"'{type}' object is not iterable";
    public static string NotAnIterator(string type) => $"'{type}' object is not an iterator";
    public static string CannotUnpack(string type) => $"cannot unpack non-iterable {type} object";
    public static string NotEnoughToUnpack(int expected, int got) => $"not enough values to unpack (expected {expected}, got {got})";
    public static string TooManyToUnpack(int expected) => $"too many values to unpack (expected {expected})";
    public static string NotEnoughToUnpackStarred(int expected, int got) =>
        $"not enough values to unpack (expected at least {expected}, got {got})";
    public const string DictChangedSize = "dictionary changed size during iteration";
    public const string DictKeysChanged = "dictionary keys changed during iteration";
    public const string DictMutatedDuringUpdate = "dict mutated during update";
    public const string SetChangedSize = "Set changed size during iteration";

    // Indexing (Objects/listobject.c, tupleobject.c, unicodeobject.c, sliceobject.c).
    public static string IndexOutOfRange(string type) => $"{type} index out of range";
    public const string StringIndexOutOfRange = "string index out of range";
    public const string RangeIndexOutOfRange = "range object index out of range";
    public const string ListAssignmentOutOfRange = "list assignment index out of range";
    public static string IndicesMustBeIntegers(string type, string index) =>
        $"{type} indices must be integers or slices, not {index}";
    public static string NotSubscriptable(string type) => $"'{type}' object is not subscriptable";
    public static string NoItemAssignment(string type) => $"'{type}' object does not support item assignment";
    public static string NoItemDeletion(string type) => $"'{type}' object doesn't support item deletion";
    public const string SliceStepZero = "slice step cannot be zero";
    public const string CanOnlyAssignIterable = "can only assign an iterable";
    public static string ExtendedSliceSize(int given, int size) =>
        $"attempt to assign sequence of size {given} to extended slice of size {size}";
    public const string SliceIndicesMustBeIntegers = "slice indices must be integers or None or have an __index__ method";
    public static string CannotInterpretAsInteger(string type) => $"'{type}' object cannot be interpreted as an integer";

    // Attributes (Objects/object.c PyObject_GenericGetAttr, typeobject.c).
    public static string NoAttribute(string type, string name) => $"'{type}' object has no attribute '{name}'";
    public static string TypeHasNoAttribute(string type, string name) => $"type object '{type}' has no attribute '{name}'";
    public static string AttributeNotWritable(string name, string type) => $"attribute '{name}' of '{type}' objects is not writable";
    public static string CannotSetBuiltinTypeAttribute(string type, string name) =>
        $"cannot set '{name}' attribute of immutable type '{type}'";
    public const string CellIsEmpty = "Cell is empty";

    // Calls (Objects/call.c, Python/ceval.c).
    public static string NotCallable(string type) => $"'{type}' object is not callable";
    public static string ValueAfterStar(string type) => $"Value after * must be an iterable, not {type}";

    // Builtin argument checking (Python/getargs.c, Python/bltinmodule.c).
    public static string TakesExactlyOneArgument(string name, int given) => $"{name}() takes exactly one argument ({given} given)";
    public static string TakesNoArguments(string name, int given) => $"{name}() takes no arguments ({given} given)";
    public static string TakesNoKeywordArguments(string name) => $"{name}() takes no keyword arguments";
    public static string ExpectedAtLeast(string name, int min, int given) =>
        $"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {given}";
    public static string ExpectedAtMost(string name, int max, int given) =>
        $"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {given}";
    public static string ExpectedArguments(string name, int count, int given) =>
        $"{name} expected {count} argument{(count == 1 ? "" : "s")}, got {given}";
    public static string TakesPositionalArguments(string name, int max, int given) =>
        $"{name}() takes at most {max} argument{(max == 1 ? "" : "s")} ({given} given)";
    public static string TakesFromToPositional(string name, int min, int max, int given) =>
        $"{name}() takes from {min} to {max} positional arguments but {given} were given";
    public static string InvalidKeywordArgument(string name, string function) => $"'{name}' is an invalid keyword argument for {function}()";
    public static string UnexpectedKeywordArgument(string function, string name) => $"{function}() got an unexpected keyword argument '{name}'";
    public static string ObjectHasNoLen(string type) => $"object of type '{type}' has no len()";
    public static string ArgIsEmptySequence(string name) => $"{name}() arg is an empty sequence";
    public static string InvalidIntLiteral(int @base, string repr) => $"invalid literal for int() with base {@base}: {repr}";
    public static string CouldNotConvertToFloat(string repr) => $"could not convert string to float: {repr}";
    public const string IntBaseOutOfRange = "int() base must be >= 2 and <= 36, or 0";
    public const string IntNonStringWithBase = "int() can't convert non-string with explicit base";
    public static string IntArgumentType(string type) =>
        $"int() argument must be a string, a bytes-like object or a real number, not '{type}'";
    public static string FloatArgumentType(string type) => $"float() argument must be a string or a real number, not '{type}'";
    public const string RangeStepZero = "range() arg 3 must not be zero";
    public const string ChrOutOfRange = "chr() arg not in range(0x110000)";
    public static string OrdExpectedCharacter(int length) => $"ord() expected a character, but string of length {length} found";
    public static string OrdExpectedString(string type) => $"ord() expected string of length 1, but {type} found";
    public static string NoRoundMethod(string type) => $"type {type} doesn't define __round__ method";
    public const string IsInstanceArg2 = "isinstance() arg 2 must be a type, a tuple of types, or a union";
    public const string SumNoStrings = "sum() can't sum strings [use ''.join(seq) instead]";
    public static string AttributeNameMustBeString(string type) => $"attribute name must be string, not '{type}'";
    public const string TypeTakesOneOrThree = "type() takes 1 or 3 arguments";
    public static string CannotCreateInstances(string type) => $"cannot create '{type}' instances";
    public static string DictUpdateNotSequence(int index) =>
        $"cannot convert dictionary update sequence element #{index} to a sequence";
    public static string DictUpdateWrongLength(int index, int length) =>
        $"dictionary update sequence element #{index} has length {length}; 2 is required";
    public static string BoolExpectedAtMostOne(int given) => $"bool expected at most 1 argument, got {given}";
    public static string ExpectedIterableArg(string function, int index) => $"{function} argument #{index} must support iteration";

    // Methods of built-in types (Objects/unicodeobject.c, listobject.c, dictobject.c, setobject.c).
    public static string SequenceItemExpectedStr(int index, string type) =>
        $"sequence item {index}: expected str instance, {type} found";
    public const string EmptySeparator = "empty separator";
    public const string SubstringNotFound = "substring not found";
    public const string PopFromEmptyList = "pop from empty list";
    public const string PopIndexOutOfRange = "pop index out of range";
    public const string ListRemoveNotInList = "list.remove(x): x not in list";
    public static string NotInList(string repr) => $"{repr} is not in list";
    public const string TupleIndexNotInTuple = "tuple.index(x): x not in tuple";
    public const string PopItemEmptyDict = "popitem(): dictionary is empty";
    public const string PopFromEmptySet = "pop from an empty set";
    public const string FillCharacterOneChar = "The fill character must be exactly one character long";
    public static string FirstArgMustBeStrOrTuple(string method, string type) =>
        $"{method} first arg must be str or a tuple of str, not {type}";
    public static string MustBeStrNot(string type) => $"must be str, not {type}";
    public static string StripArgMustBeStr(string type) => $"strip arg must be None or str";
    public static string ListModifiedDuringSort => "list modified during sort";
    public static string DictSequenceElementLength(int index, int length) => DictUpdateWrongLength(index, length);

    // Formatting (Python/formatter_unicode.c, Objects/stringlib/unicode_format.h).
    public static string UnknownFormatCode(char code, string type) => $"Unknown format code '{code}' for object of type '{type}'";
    public const string InvalidFormatSpecifier = "Invalid format specifier";
    public const string SignNotAllowedInString = "Sign not allowed in string format specifier";
    public const string AlternateNotAllowedInString = "Alternate form (#) not allowed in string format specifier";
    public const string EqualsAlignmentNotAllowedInString = "'=' alignment not allowed in string format specifier";
    public const string PrecisionNotAllowedInInt = "Precision not allowed in integer format specifier";
    public static string CannotSpecifyCommaWith(char code) => $"Cannot specify ',' with '{code}'.";
    public const string CannotSpecifyBoth = "Cannot specify both ',' and '_'.";
    public const string FormatCRangeError = "%c arg not in range(0x110000)";
    public static string ReplacementIndexOutOfRange(int index) =>
        $"Replacement index {index} out of range for positional args tuple";
    public const string ManualToAutomatic = "cannot switch from manual field specification to automatic field numbering";
    public const string AutomaticToManual = "cannot switch from automatic field numbering to manual field specification";
    public const string SingleCloseBrace = "Single '}' encountered in format string";
    public const string SingleOpenBrace = "Single '{' encountered in format string";
    public const string ExpectedCloseBrace = "expected '}' before end of string";
    public const string NotAllArgumentsConverted = "not all arguments converted during string formatting";
    public const string NotEnoughFormatArguments = "not enough arguments for format string";
    public static string PercentRequiresReal(char code, string type) => $"%{code} format: a real number is required, not {type}";
    public static string PercentRequiresInteger(char code, string type) => $"%{code} format: an integer is required, not {type}";
    public static string UnsupportedFormatCharacter(char c, int index) =>
        $"unsupported format character '{c}' (0x{(int)c:x}) at index {index}";
    public const string FormatRequiresMapping = "format requires a mapping";

    // Cells and StopIteration.
    public const string GeneratorAlreadyExecuting = "generator already executing";

    /// <summary>PyNumber_AsSsize_t with IndexError: an index too large for a C ssize_t.</summary>
    public static string CannotFitIndex(string typeName) => $"cannot fit '{typeName}' into an index-sized integer";

    /// <summary>formatchar: a %c code point out of range.</summary>
    public const string PercentCRange = "%c arg not in range(0x110000)";

    /// <summary>_MAX_STR_DIGITS_ERROR_FMT_TO_INT (Objects/longobject.c).</summary>
    public static string IntFromStrTooLong(int limit, int digits) =>
        $"Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit";

    /// <summary>sys_set_int_max_str_digits_impl (Python/sysmodule.c).</summary>
    public const string MaxStrDigitsTooSmall = "maxdigits must be 0 or larger than 640";

    /// <summary>_MAX_STR_DIGITS_ERROR_FMT_TO_STR (Objects/longobject.c).</summary>
    public static string IntToStrTooLong(int limit) =>
        $"Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";
}
