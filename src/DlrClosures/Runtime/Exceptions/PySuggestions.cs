using System.Text;

namespace DlrClosures.Runtime.Exceptions;

/// <summary>
/// The "Did you mean: 'x'?" of CPython 3.11's traceback printer (Python/suggestions.c): the
/// candidate closest to a misspelt name by a Levenshtein distance in which a case change costs 1
/// and any other edit 2, accepted only when no more than about a third of the characters change.
/// AttributeError uses <c>dir(obj)</c> as candidates; NameError uses the frame's locals, then its
/// globals, then the builtins, one <see cref="Suggest"/> call each.
/// </summary>
internal static class PySuggestions
{
    private const int MaxCandidateItems = 750;
    private const int MaxStringSize = 40;
    private const int MoveCost = 2;
    private const int CaseCost = 1;

    /// <summary>
    /// offer_suggestions_for_name_error: the innermost frame's co_varnames, then its module's
    /// globals, then CPython's builtins, each searched on its own.
    /// </summary>
    public static string? SuggestForName(string name, IEnumerable<string> varNames, IEnumerable<string> globals) =>
        Suggest(name, varNames) ?? Suggest(name, globals) ?? Suggest(name, CPythonBuiltinNames.InDictOrder);

    /// <summary>
    /// calculate_suggestions: the best of <paramref name="candidates"/> (in the order given; the
    /// first of equally close ones wins) for <paramref name="name"/>, or null when none is close
    /// enough or there are 750 candidates or more.
    /// </summary>
    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        var list = candidates as IReadOnlyList<string> ?? candidates.ToList();
        if (list.Count >= MaxCandidateItems) return null;
        byte[] nameBytes = Encoding.UTF8.GetBytes(name);
        string? suggestion = null;
        long suggestionDistance = long.MaxValue;
        foreach (var item in list)
        {
            if (string.Equals(item, name, StringComparison.Ordinal)) continue;
            byte[] itemBytes = Encoding.UTF8.GetBytes(item);
            // No more than 1/3 of the involved characters should need changing.
            long maxDistance = (nameBytes.Length + itemBytes.Length + 3) * MoveCost / 6;
            // Don't take matches already beaten.
            maxDistance = Math.Min(maxDistance, suggestionDistance - 1);
            long distance = Distance(nameBytes, itemBytes, maxDistance);
            if (distance > maxDistance) continue;
            if (suggestion is null || distance < suggestionDistance)
            {
                suggestion = item;
                suggestionDistance = distance;
            }
        }
        return suggestion;
    }

    /// <summary>levenshtein_distance over UTF-8 bytes; any value above <paramref name="maxCost"/> means "too far".</summary>
    internal static long Distance(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, long maxCost)
    {
        // Trim away common affixes.
        while (a.Length > 0 && b.Length > 0 && a[0] == b[0]) { a = a[1..]; b = b[1..]; }
        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1]) { a = a[..^1]; b = b[..^1]; }
        if (a.Length == 0 || b.Length == 0) return (long)(a.Length + b.Length) * MoveCost;
        if (a.Length > MaxStringSize || b.Length > MaxStringSize) return maxCost + 1;
        // Prefer the shorter buffer.
        if (b.Length < a.Length)
        {
            var t = a;
            a = b;
            b = t;
        }
        // Quick fail when a match is impossible.
        if ((long)(b.Length - a.Length) * MoveCost > maxCost) return maxCost + 1;
        // One row of the matrix, updated in place.
        Span<long> buffer = stackalloc long[MaxStringSize];
        long tmp = MoveCost;
        for (int i = 0; i < a.Length; i++)
        {
            buffer[i] = tmp;
            tmp += MoveCost;
        }
        long result = 0;
        for (int bIndex = 0; bIndex < b.Length; bIndex++)
        {
            byte code = b[bIndex];
            long distance = result = (long)bIndex * MoveCost;
            long minimum = long.MaxValue;
            for (int index = 0; index < a.Length; index++)
            {
                long substitute = distance + SubstitutionCost(code, a[index]);
                distance = buffer[index];
                long insertDelete = Math.Min(result, distance) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                buffer[index] = result;
                if (result < minimum) minimum = result;
            }
            // Everything in this row is too expensive.
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }

    private static int SubstitutionCost(byte a, byte b)
    {
        if ((a & 31) != (b & 31)) return MoveCost;
        if (a == b) return 0;
        if (a is >= (byte)'A' and <= (byte)'Z') a += 'a' - 'A';
        if (b is >= (byte)'A' and <= (byte)'Z') b += 'a' - 'A';
        return a == b ? CaseCost : MoveCost;
    }

    /// <summary>The text the traceback printer appends to the exception's line: <c>. Did you mean: 'x'?</c></summary>
    public static string Format(string suggestion) => $". Did you mean: '{suggestion}'?";
}
