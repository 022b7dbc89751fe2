using DlrClosures.Runtime.Exceptions;

namespace DlrClosures.Runtime.Operations;

/// <summary>
/// list.sort and sorted(): a stable merge sort that, like CPython's timsort (Objects/listsort.txt),
/// compares only with <c>&lt;</c>; reverse=True reverses, sorts and reverses back so equal items keep their order.
/// </summary>
internal static class PySorting
{
    /// <summary>Sorts <paramref name="items"/> in place by <paramref name="key"/> (None for the items themselves).</summary>
    public static void Sort(List<object> items, object key, bool reverse)
    {
        var values = items.ToArray();
        var keys = key is PyNone ? values : values.Select(v => key is PyCallable c ? c.Call1(v) : PyCalls.Call(key, [v])).ToArray();
        if (reverse)
        {
            Array.Reverse(values);
            if (!ReferenceEquals(keys, values)) Array.Reverse(keys);
        }
        int[] order = Enumerable.Range(0, values.Length).ToArray();
        var less = LessFor(keys);
        var buffer = new int[order.Length];
        MergeSort(order, buffer, 0, order.Length, keys, less);
        var sorted = order.Select(i => values[i]).ToArray();
        if (reverse) Array.Reverse(sorted);
        int count = items.Count;
        items.Clear();
        items.AddRange(sorted);
        if (count != sorted.Length) throw PyErrors.ValueError(PyMessages.ListModifiedDuringSort);
    }

    private static Func<object, object, bool> LessFor(object[] keys)
    {
        if (keys.All(k => k is long)) return (a, b) => (long)a < (long)b;
        if (keys.All(k => k is string)) return (a, b) => string.CompareOrdinal((string)a, (string)b) < 0;
        return PyComparison.LessBool;
    }

    private static void MergeSort(int[] order, int[] buffer, int lo, int hi, object[] keys, Func<object, object, bool> less)
    {
        if (hi - lo < 2) return;
        if (hi - lo <= 8)
        {
            // Insertion sort for short runs: stable because it moves an item only past strictly greater ones.
            for (int i = lo + 1; i < hi; i++)
            {
                int item = order[i];
                int j = i - 1;
                while (j >= lo && less(keys[item], keys[order[j]]))
                {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = item;
            }
            return;
        }
        int mid = (lo + hi) / 2;
        MergeSort(order, buffer, lo, mid, keys, less);
        MergeSort(order, buffer, mid, hi, keys, less);
        if (!less(keys[order[mid]], keys[order[mid - 1]])) return;
        Array.Copy(order, lo, buffer, lo, hi - lo);
        int l = lo, r = mid, w = lo;
        while (l < mid && r < hi)
            order[w++] = less(keys[buffer[r]], keys[buffer[l]]) ? buffer[r++] : buffer[l++];
        while (l < mid) order[w++] = buffer[l++];
        while (r < hi) order[w++] = buffer[r++];
    }
}
