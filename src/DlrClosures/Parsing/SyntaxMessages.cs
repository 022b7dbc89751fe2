namespace DlrClosures.Parsing;

/// <summary>
/// Every message the parser reports, worded exactly as CPython 3.11 words it (Parser/tokenizer.c,
/// Parser/pegen_errors.c, Grammar/python.gram), so that tests can compare the full
/// <c>Type: message</c> line with what <c>python3</c> prints.
/// </summary>
internal static class SyntaxMessages
{
    public const string InvalidSyntax = "invalid syntax";
    public const string UnexpectedIndent = "unexpected indent";
    public const string InconsistentTabs = "inconsistent use of tabs and spaces in indentation";
    public const string DefaultExceptMustBeLast = "default 'except:' must be last";
    public const string ForgotComma = "invalid syntax. Perhaps you forgot a comma?";
    public const string AssignmentInCondition = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
    public const string ColonExpectedAfterKey = "':' expected after dictionary key";
    public const string ExpressionExpectedAfterKey = "expression expected after dictionary key and ':'";
    public const string RecursionDuringCompilation = "maximum recursion depth exceeded during compilation";
    public static string MissingParentheses(string name) => $"Missing parentheses in call to '{name}'. Did you mean {name}(...)?";
    public const string UnindentMismatch = "unindent does not match any outer indentation level";
    public const string TooManyNestedParentheses = "too many nested parentheses";
    public const string UnexpectedCharAfterContinuation = "unexpected character after line continuation character";
    public const string UnexpectedEof = "unexpected EOF while parsing";
    public const string ExpectedColon = "expected ':'";
    public const string ExpectedElse = "expected 'else' after 'if' expression";
    public const string NamedArgumentsMustFollowBareStar = "named arguments must follow bare *";
    public const string ArgumentsAfterVarKeyword = "arguments cannot follow var-keyword argument";
    public const string NonDefaultAfterDefault = "non-default argument follows default argument";
    public const string PositionalAfterKeyword = "positional argument follows keyword argument";
    public const string PositionalAfterKeywordUnpacking = "positional argument follows keyword argument unpacking";
    public const string IterableUnpackingAfterKeywordUnpacking = "iterable argument unpacking follows keyword argument unpacking";
    public const string MultipleExceptionTypes = "multiple exception types must be parenthesized";
    public const string GeneratorMustBeParenthesized = "Generator expression must be parenthesized";
    public const string StarArgumentOnce = "* argument may appear only once";
    public const string ExpectedExceptOrFinally = "expected 'except' or 'finally' block";
    public const string AssignmentInExpression = "expression cannot contain assignment, perhaps you meant \"==\"?";

    /// <summary>CPython 3.11 raises MemoryError here; we keep its words but raise a SyntaxError so the host sees a compile error.</summary>
    public const string TooComplex = "Parser stack overflowed - Python source too complex to parse";

    /// <summary>CPython adds the byte positions and the kind of escape; the prefix is its.</summary>
    public const string InvalidEscape = "(unicode error) 'unicodeescape' codec can't decode bytes: truncated escape";

    public const string BytesNonAscii = "bytes can only contain ASCII literal characters";
    public const string MixedBytes = "cannot mix bytes and nonbytes literals";
    public const string TrailingCommaInImport = "trailing comma not allowed without surrounding parentheses";
    public const string SingleTargetTuple = "only single target (not tuple) can be annotated";
    public const string SingleTargetList = "only single target (not list) can be annotated";
    public const string IllegalAnnotationTarget = "illegal target for annotation";
    public const string MixedExceptStar = "cannot have both 'except' and 'except*' on the same 'try'";
    public const string ExpectedExceptionTypes = "expected one or more exception types";
    public static string InvalidBytesHexEscape(int position) => $"(value error) invalid \\x escape at position {position}";
    public static string CannotUseAssignmentExpression(string kind) => $"cannot use assignment expressions with {kind}";

    public static string UnterminatedString(int line) => $"unterminated string literal (detected at line {line})";
    public static string UnterminatedTripleQuotedString(int line) => $"unterminated triple-quoted string literal (detected at line {line})";
    public static string NeverClosed(char open) => $"'{open}' was never closed";
    public static string Unmatched(char close) => $"unmatched '{close}'";

    public static string MismatchedBracket(char close, char open) =>
        $"closing parenthesis '{close}' does not match opening parenthesis '{open}'";

    public static string MismatchedBracketOnLine(char close, char open, int line) =>
        $"closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {line}";

    public static string InvalidCharacter(string text, int codePoint) => $"invalid character '{text}' (U+{codePoint:X4})";
    public static string InvalidNonPrintableCharacter(int codePoint) => $"invalid non-printable character U+{codePoint:X4}";

    /// <summary><paramref name="what"/> is "function definition", "'if' statement", "class definition", ...</summary>
    public static string ExpectedIndentedBlock(string what, int line) => $"expected an indented block after {what} on line {line}";

    public static string CannotAssign(string kind) => $"cannot assign to {kind}";
    public static string CannotAssignHere(string kind) => $"cannot assign to {kind} here. Maybe you meant '==' instead of '='?";
    public static string CannotDelete(string kind) => $"cannot delete {kind}";
    public static string IllegalAugAssignTarget(string kind) => $"'{kind}' is an illegal expression for augmented assignment";
    public static string DuplicateArgument(string name) => $"duplicate argument '{name}' in function definition";
    public static string KeywordArgumentRepeated(string name) => $"keyword argument repeated: {name}";
    public static string InvalidDecimalLiteral => "invalid decimal literal";
    public static string LeadingZeros => "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
}
