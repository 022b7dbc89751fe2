using Sprache;

namespace DlrClosures.Parsing;

/// <summary>
/// Forward references between grammar fields. Sprache's own <c>Parse.Ref</c> memoises each result per
/// input object and, when the same rule is tried again at the same input after it failed, throws a
/// <see cref="ParseException"/> instead of failing (it takes that for left recursion). Alternatives
/// that start at the same token (<c>x[a:b]</c> tries a slice, then an item) do exactly that, so the
/// exception escaped for <c>d[...]</c>. This one keeps the memo, which makes such retries cheap and
/// keeps nested retries linear, but answers a remembered failure with the failure.
/// </summary>
internal static class Rule
{
    /// <typeparam name="T">What the rule yields.</typeparam>
    /// <param name="reference">Read on first use, when every field has been initialised (fields declared later read as null before).</param>
    public static Parser<T> Ref<T>(Func<Parser<T>?> reference)
    {
        Parser<T>? parser = null;
        return input =>
        {
            parser ??= reference() ?? throw new InvalidOperationException("A grammar rule was referenced before it was initialised.");
            if (input is LogicalInput logical)
            {
                if (logical.TryGetMemo(parser, out object? remembered)) return (IResult<T>)remembered!;
                var answer = parser(input);
                logical.SetMemo(parser, answer);
                return answer;
            }
            var memos = input.Memos;
            if (memos.TryGetValue(parser, out object? memo)) return (IResult<T>)memo;
            var result = parser(input);
            memos[parser] = result;
            return result;
        };
    }
}
