using Sprache;

namespace DlrClosures.Parsing;

/// <summary>Hand-written rules pass a failed step's failure on as their own, with its position and expectations.</summary>
internal static class Failure
{
    public static IResult<T> As<T, TFrom>(this IResult<TFrom> failed) => Result.Failure<T>(failed.Remainder, failed.Message, failed.Expectations);
}
