namespace DlrClosures.Runtime.Exceptions;

/// <summary>
/// The names in CPython 3.11's builtins module, in its dict order: the last candidates CPython's
/// traceback printer tries for a misspelt name, so that "Did you mean" names what CPython would,
/// including builtins this runtime does not define. Generated with
/// <c>python3 -c "import builtins; print(list(builtins.__dict__))"</c> (3.11.7).
/// </summary>
internal static class CPythonBuiltinNames
{
    public static readonly string[] InDictOrder =
    [
        "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__", "__import__",
        "abs", "all", "any", "ascii", "bin", "breakpoint", "callable", "chr", "compile", "delattr", "dir",
        "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr", "hash", "hex", "id", "input",
        "isinstance", "issubclass", "iter", "aiter", "len", "locals", "max", "min", "next", "anext", "oct",
        "ord", "pow", "print", "repr", "round", "setattr", "sorted", "sum", "vars", "None", "Ellipsis",
        "NotImplemented", "False", "True", "bool", "memoryview", "bytearray", "bytes", "classmethod",
        "complex", "dict", "enumerate", "filter", "float", "frozenset", "property", "int", "list", "map",
        "object", "range", "reversed", "set", "slice", "staticmethod", "str", "super", "tuple", "type", "zip",
        "__debug__", "BaseException", "BaseExceptionGroup", "Exception", "GeneratorExit", "KeyboardInterrupt",
        "SystemExit", "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError",
        "ImportError", "LookupError", "MemoryError", "NameError", "OSError", "ReferenceError", "RuntimeError",
        "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemError", "TypeError", "ValueError",
        "Warning", "FloatingPointError", "OverflowError", "ZeroDivisionError", "BytesWarning",
        "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
        "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning", "UnicodeWarning",
        "UserWarning", "BlockingIOError", "ChildProcessError", "ConnectionError", "FileExistsError",
        "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
        "ProcessLookupError", "TimeoutError", "IndentationError", "IndexError", "KeyError",
        "ModuleNotFoundError", "NotImplementedError", "RecursionError", "UnboundLocalError", "UnicodeError",
        "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError",
        "TabError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError", "ExceptionGroup",
        "EnvironmentError", "IOError", "open", "quit", "exit", "copyright", "credits", "license", "help",
    ];
}
