using System.Collections.Immutable;
using DlrClosures.Runtime.Binders;
using DlrClosures.Text;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Binding;

/// <summary>A bound expression: evaluates to one Python object.</summary>
internal abstract record BoundExpr(SourceSpan Span) : BoundNode(Span)
{
    /// <summary>Dispatches to the visitor method of this node kind.</summary>
    public abstract T Accept<T>(IBoundExpressionVisitor<T> visitor);
}

/// <summary>A constant, already in its runtime form (<c>ConstantFolding.ToRuntime</c>).</summary>
internal sealed record BoundConstant(object Value, SourceSpan Span) : BoundExpr(Span)
{
    public override T Accept<T>(IBoundExpressionVisitor<T> visitor) => visitor.VisitConstant(this);
}

/// <summary>
/// Reads a name from its storage. <see cref="Checked"/>: an unbound value raises (UnboundLocalError,
/// NameError, or the free-variable message); false for a parameter the code never unbinds and for
/// the binder's temporaries, which are always bound, and for the raw reads of an int chain's fast path.
/// </summary>
internal sealed record BoundLoadName(NameStorage Storage, bool Checked, SourceSpan Span) : BoundExpr(Span)
{
    public override T Accept<T>(IBoundExpressionVisitor<T> visitor) => visitor.VisitLoadName(this);
}

/// <summary>
/// A name read in a class body (LOAD_NAME): the namespace in local slot <see cref="NamespaceSlot"/>
/// first, then the module's global cell <see cref="GlobalIndex"/>, then builtins (<c>PyNames.LoadClassName</c>).
/// </summary>
internal sealed record BoundLoadClassName(int NamespaceSlot, string Name, int GlobalIndex, SourceSpan Span) : BoundExpr(Span)
{
    public override T Accept<T>(IBoundExpressionVisitor<T> visitor) => visitor.VisitLoadClassName(this);
}

/// <summary>A free variable read in a class body (LOAD_CLASSDEREF): the namespace first, then the cell (<c>PyNames.LoadClassFree</c>).</summary>
internal sealed record BoundLoadClassFree(int NamespaceSlot, NameStorage Cell, SourceSpan Span) : BoundExpr(Span)
{
    public override T Accept<T>(IBoundExpressionVisitor<T> visitor) => visitor.VisitLoadClassFree(this);
}

/// <summary>
/// <c>left op right</c> through <see cref="PyBinaryOperationBinder"/> (an in-place operator for
/// <c>op=</c>). <see cref="IntRule"/>: both operands may be small ints and the operation has an
/// (int, int) rule (<see cref="PyBinaryOperationBinder.IntRule"/>), which a back end may apply inline
/// before the site.
/// </summary>
internal sealed record BoundBinary(PyBinaryOp Op, BoundExpr Left, BoundExpr Right, bool IntRule, SourceSpan Span) : BoundExpr(Span)
{
    public override T Accept<T>(IBoundExpressionVisitor<T> visitor) => visitor.VisitBinary(this);
}

/// <summary>
/// A nest of int arithmetic computed without boxing the intermediates when every operand is a
/// long. <see cref="Operands"/> are evaluated in order into the temporaries <see cref="OperandSlots"/>;
/// if each holds a long, <see cref="Tree"/> is computed with LongArithmetic's checked operations
/// (any refusal, overflow or zero divisor, falls back) and boxed once; otherwise
/// <see cref="General"/> is evaluated: the same expression bound ordinarily, which reads the
/// evaluated operands back from their temporaries and so raises or promotes as CPython does.
/// </summary>
internal sealed record BoundIntChain(ImmutableArray<BoundExpr> Operands, ImmutableArray<int> OperandSlots, IntTree Tree, BoundExpr General, SourceSpan Span) : BoundExpr(Span)
{
    public override T Accept<T>(IBoundExpressionVisitor<T> visitor) => visitor.VisitIntChain(this);
}

/// <summary>The shape of a <see cref="BoundIntChain"/>: operations over operand indexes and int constants.</summary>
internal abstract record IntTree;

/// <summary>An operation of an int chain (<see cref="PyBinaryOp"/> with a LongArithmetic method).</summary>
internal sealed record IntOperation(PyBinaryOp Op, IntTree Left, IntTree Right) : IntTree;

/// <summary>The value of operand <see cref="Index"/> of the chain.</summary>
internal sealed record IntOperand(int Index) : IntTree;

/// <summary>An int constant of the chain.</summary>
internal sealed record IntConstant(long Value) : IntTree;

/// <summary><c>-x</c>, <c>+x</c>, <c>~x</c> through <see cref="PyUnaryOperationBinder"/> (<see cref="Op"/>: Negate, UnaryPlus, OnesComplement).</summary>
internal sealed record BoundUnary(Linq.ExpressionType Op, BoundExpr Operand, SourceSpan Span) : BoundExpr(Span)
{
    public override T Accept<T>(IBoundExpressionVisitor<T> visitor) => visitor.VisitUnary(this);
}

/// <summary><c>not x</c> as a value: the condition negated, boxed as a bool.</summary>
internal sealed record BoundNot(BoundCondition Operand, SourceSpan Span) : BoundExpr(Span)
{
    public override T Accept<T>(IBoundExpressionVisitor<T> visitor) => visitor.VisitNot(this);
}

/// <summary>
/// One comparison as a value: <c>is</c>, <c>in</c> and their negations give a boxed bool; the rich
/// comparisons (<see cref="Op"/>, when <see cref="Kind"/> is Rich) whatever the binder's site returns. Chains are lowered to these and temporaries.
/// <see cref="IntRule"/> as for <see cref="BoundBinary"/>.
/// </summary>
internal sealed record BoundCompare(ComparisonKind Kind, PyBinaryOp Op, BoundExpr Left, BoundExpr Right, bool IntRule, SourceSpan Span) : BoundExpr(Span)
{
    public override T Accept<T>(IBoundExpressionVisitor<T> visitor) => visitor.VisitCompare(this);
}

/// <summary><c>then if test else otherwise</c>; also the lowered form of <c>and</c>, <c>or</c> and comparison chains.</summary>
internal sealed record BoundConditional(BoundCondition Test, BoundExpr Then, BoundExpr Else, SourceSpan Span) : BoundExpr(Span)
{
    public override T Accept<T>(IBoundExpressionVisitor<T> visitor) => visitor.VisitConditional(this);
}

/// <summary>Runs <see cref="Effects"/> in order, then evaluates to <see cref="Value"/> (Roslyn's BoundSequence): how sugar uses temporaries inside an expression.</summary>
internal sealed record BoundSequence(ImmutableArray<BoundStmt> Effects, BoundExpr Value, SourceSpan Span) : BoundExpr(Span)
{
    public override T Accept<T>(IBoundExpressionVisitor<T> visitor) => visitor.VisitSequence(this);
}

/// <summary>
/// <c>callee(args, name=value, ...)</c> with no spreading: callee, then arguments left to right, then
/// one call (<see cref="PyInvokeBinder"/> with the keyword names). <see cref="Positional"/>: no keywords
/// and at most <c>PyCode.MaxFastArity</c> arguments, the shape a back end calls directly
/// (<c>PyFunction.CallN</c>, <c>PyCallable.CallN</c>) before falling back to the site.
/// </summary>
internal sealed record BoundCall(BoundExpr Callee, ImmutableArray<BoundExpr> Arguments, ImmutableArray<string> KeywordNames, bool Positional, SourceSpan Span) : BoundExpr(Span)
{
    public override T Accept<T>(IBoundExpressionVisitor<T> visitor) => visitor.VisitCall(this);
}

/// <summary>
/// A call that spreads <c>*args</c> or <c>**kwargs</c>: <c>PyCallArguments.Call(callee, positional,
/// starred, keywordNames, keywordValues)</c>, where a null keyword name marks a <c>**</c> mapping.
/// </summary>
internal sealed record BoundSpreadCall(BoundExpr Callee, ImmutableArray<BoundExpr> Arguments, ImmutableArray<bool> Starred,
    ImmutableArray<string?> KeywordNames, ImmutableArray<BoundExpr> KeywordValues, SourceSpan Span) : BoundExpr(Span)
{
    public override T Accept<T>(IBoundExpressionVisitor<T> visitor) => visitor.VisitSpreadCall(this);
}

/// <summary><c>obj.name</c> through <see cref="PyGetMemberBinder"/>.</summary>
internal sealed record BoundGetAttribute(BoundExpr Object, string Name, SourceSpan Span) : BoundExpr(Span)
{
    public override T Accept<T>(IBoundExpressionVisitor<T> visitor) => visitor.VisitGetAttribute(this);
}

/// <summary><c>container[index]</c> through <see cref="PyGetIndexBinder"/>.</summary>
internal sealed record BoundGetItem(BoundExpr Container, BoundExpr Index, SourceSpan Span) : BoundExpr(Span)
{
    public override T Accept<T>(IBoundExpressionVisitor<T> visitor) => visitor.VisitGetItem(this);
}

/// <summary><c>lower:upper:step</c> inside brackets: a new <c>PySlice</c>, None for an omitted part.</summary>
internal sealed record BoundSlice(BoundExpr? Lower, BoundExpr? Upper, BoundExpr? Step, SourceSpan Span) : BoundExpr(Span)
{
    public override T Accept<T>(IBoundExpressionVisitor<T> visitor) => visitor.VisitSlice(this);
}

/// <summary>
/// A <c>def</c> or <c>lambda</c> evaluated: a new <c>PyFunction</c> over the one code object of this
/// site, with its defaults (evaluated left to right, then the keyword-only ones) and its closure:
/// the cells <see cref="Closure"/> names, in co_freevars order (one cell is passed without an array).
/// </summary>
internal sealed record BoundMakeFunction(BoundCode Code, ImmutableArray<BoundExpr> Defaults,
    ImmutableArray<string> KwDefaultNames, ImmutableArray<BoundExpr> KwDefaultValues,
    ImmutableArray<NameStorage> Closure, SourceSpan Span) : BoundExpr(Span)
{
    public override T Accept<T>(IBoundExpressionVisitor<T> visitor) => visitor.VisitMakeFunction(this);
}

/// <summary>
/// A class statement's class (__build_class__): the bases and keyword values are evaluated, the
/// runtime works out the metaclass and its namespace (<c>ClassBuilder.Prepare</c>), which is put in
/// local slot <see cref="NamespaceSlot"/> with <c>__module__</c>, <c>__qualname__</c> and
/// <c>__doc__</c> set, the body runs over it, and <c>ClassBuilder.Finish</c> calls the metaclass,
/// filling <see cref="ClassCell"/> (the implicit <c>__class__</c> cell, when methods use it).
/// </summary>
internal sealed record BoundMakeClass(string Name, string QualifiedName, ImmutableArray<BoundExpr> Bases,
    ImmutableArray<string> KeywordNames, ImmutableArray<BoundExpr> KeywordValues, int NamespaceSlot,
    string? Doc, BoundStmt Body, NameStorage? ClassCell, SourceSpan Span) : BoundExpr(Span)
{
    public override T Accept<T>(IBoundExpressionVisitor<T> visitor) => visitor.VisitMakeClass(this);
}

/// <summary>
/// <c>[a, b]</c>, <c>(a, b)</c> or <c>{a, b}</c> (<see cref="Kind"/> List, Tuple or Set): elements left to
/// right. When <see cref="Starred"/> is not empty it marks the <c>*x</c> elements, which the runtime
/// flattens (<c>PyDisplays</c>).
/// </summary>
internal sealed record BoundSequenceDisplay(CollectionKind Kind, ImmutableArray<BoundExpr> Elements, ImmutableArray<bool> Starred, SourceSpan Span) : BoundExpr(Span)
{
    public override T Accept<T>(IBoundExpressionVisitor<T> visitor) => visitor.VisitSequenceDisplay(this);
}

/// <summary>
/// A set display of constants only. CPython folds one of more than two constants into a frozenset
/// constant first, which can change the order the set prints in (<c>PySet.FromConstantDisplay</c>).
/// </summary>
internal sealed record BoundConstantSet(ImmutableArray<object> Values, SourceSpan Span) : BoundExpr(Span)
{
    public override T Accept<T>(IBoundExpressionVisitor<T> visitor) => visitor.VisitConstantSet(this);
}

/// <summary><c>{k1: v1, **m, ...}</c>: evaluated k1, v1, k2, v2 (BUILD_MAP); a null key marks a <c>**</c> mapping (<c>PyDisplays.Dict</c>).</summary>
internal sealed record BoundDictDisplay(ImmutableArray<BoundExpr?> Keys, ImmutableArray<BoundExpr> Values, SourceSpan Span) : BoundExpr(Span)
{
    public override T Accept<T>(IBoundExpressionVisitor<T> visitor) => visitor.VisitDictDisplay(this);
}

/// <summary>An f-string: its parts (each a str: a constant or a <see cref="BoundFormattedValue"/>) concatenated.</summary>
internal sealed record BoundJoinedStr(ImmutableArray<BoundExpr> Parts, SourceSpan Span) : BoundExpr(Span)
{
    public override T Accept<T>(IBoundExpressionVisitor<T> visitor) => visitor.VisitJoinedStr(this);
}

/// <summary>
/// <c>{value!conversion:spec}</c>: the value, converted by <c>PyRepr.Repr</c>/<c>Str</c>/<c>Ascii</c> for
/// 'r', 's', 'a' (0: none), formatted by <c>PyFormatting.Format</c> with the spec (a str; "" when absent).
/// </summary>
internal sealed record BoundFormattedValue(BoundExpr Value, char Conversion, BoundExpr? Spec, SourceSpan Span) : BoundExpr(Span)
{
    public override T Accept<T>(IBoundExpressionVisitor<T> visitor) => visitor.VisitFormattedValue(this);
}

/// <summary>An iterator over the value (<c>PyIteration.GetIterator</c>): what a generator expression, evaluated eagerly for now, hands out.</summary>
internal sealed record BoundGetIterator(BoundExpr Value, SourceSpan Span) : BoundExpr(Span)
{
    public override T Accept<T>(IBoundExpressionVisitor<T> visitor) => visitor.VisitGetIterator(this);
}

/// <summary>
/// The running code's module namespace (its function's <c>Globals</c>), for the builtins that read
/// the caller's frame: <c>globals()</c>, <c>locals()</c>, <c>vars()</c>, <c>dir()</c>, <c>eval</c>, <c>exec</c> (Binder.FrameReaders),
/// and for the import operations (Binder.Imports).
/// </summary>
internal sealed record BoundFrameGlobals(SourceSpan Span) : BoundExpr(Span)
{
    public override T Accept<T>(IBoundExpressionVisitor<T> visitor) => visitor.VisitFrameGlobals(this);
}
