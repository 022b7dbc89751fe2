using Sprache;

namespace DlrClosures.Parsing;

/// <summary>
/// The LINQ query operators the grammar's <c>from ... select</c> rules compile to, in place of
/// Sprache's. Extension methods of the enclosing namespace are found before those of a <c>using</c>
/// directive, so every query in <c>DlrClosures.Parsing</c> binds to these, with no change to the rules.
/// <para>
/// Same results as Sprache's (a success carries the projection and the last step's remainder; a
/// failure carries the failed step's remainder, message and expectations), without Sprache's
/// allocations per match: its <c>Select</c> is <c>Then(t =&gt; Return(convert(t)))</c> and its
/// <c>SelectMany</c> <c>Then(t =&gt; selector(t).Select(...))</c>, so each match of a query built two or
/// three parsers and their closures before producing its value. Profiled on perf/frontend/geometry.py:
/// Sprache's <c>Return</c> closures alone were 54 KB of the 1.9 MB a parse allocated.
/// </para>
/// </summary>
internal static class QueryOperators
{
    public static Parser<TResult> Select<T, TResult>(this Parser<T> parser, Func<T, TResult> convert)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(convert);
        return input =>
        {
            var result = parser(input);
            return result.WasSuccessful ? Result.Success(convert(result.Value), result.Remainder) : result.As<TResult, T>();
        };
    }

    public static Parser<TResult> SelectMany<T, TNext, TResult>(this Parser<T> parser, Func<T, Parser<TNext>> selector, Func<T, TNext, TResult> projector)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(selector);
        ArgumentNullException.ThrowIfNull(projector);
        return input =>
        {
            var first = parser(input);
            if (!first.WasSuccessful) return first.As<TResult, T>();
            var second = selector(first.Value)(first.Remainder);
            return second.WasSuccessful ? Result.Success(projector(first.Value, second.Value), second.Remainder) : second.As<TResult, TNext>();
        };
    }
}
