using System.Collections;
using System.Reflection;

namespace PersianNews.Core.Benchmarks.Guard;

/// <summary>Exact allocation counts: bytes allocated on the current thread around warm operations.</summary>
public static class AllocationMeter
{
    /// <summary>
    /// Bytes allocated by one call of <paramref name="operation"/>, after <paramref name="warmups"/> calls (and at least
    /// <paramref name="warmupSeconds"/> of calls) that fill pools and caches and let the JIT finish tiering up:
    /// unoptimized code allocates what optimized code keeps on the stack, and a fast operation can still be running
    /// it after a few calls. Measured <paramref name="runs"/> times; <paramref name="min"/> and the returned maximum
    /// are equal when the count is deterministic.
    /// </summary>
    public static long BytesPerOperation(Action operation, out long min, int warmups = 3, int runs = 5, double warmupSeconds = 0)
    {
        var warm = System.Diagnostics.Stopwatch.StartNew();
        for (int i = 0; i < warmups || warm.Elapsed.TotalSeconds < warmupSeconds; i++)
        {
            operation();
        }

        long max = 0;
        min = long.MaxValue;
        for (int i = 0; i < runs; i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            operation();
            long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            max = Math.Max(max, bytes);
            min = Math.Min(min, bytes);
        }

        return max;
    }

    /// <summary>
    /// Heap bytes of the distinct strings a result holds that the operation made: every string reachable through the
    /// model's properties, except <paramref name="input"/> (the caller's) and interned strings (literals such as rule ids
    /// and registry names, which no parse allocates). Sized as the 64-bit runtime lays strings out.
    /// </summary>
    public static long StringBytes(object result, string input)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        long total = 0;
        Walk(result);
        return total;

        void Walk(object? value)
        {
            switch (value)
            {
                case null:
                    return;
                case string s:
                    if (!ReferenceEquals(s, input) && !ReferenceEquals(string.IsInterned(s), s) && seen.Add(s))
                    {
                        total += StringSize(s.Length);
                    }

                    return;
                // An array's Type.Namespace is its element type's ("PersianNews.Core" for TextElement[]), so arrays are
                // matched as arrays: otherwise the paragraphs, reporters and diagnostics held in arrays went uncounted.
                case IEnumerable items when value is Array || value.GetType().Namespace?.StartsWith("System", StringComparison.Ordinal) == true:
                    if (seen.Add(value))
                    {
                        foreach (object? item in items)
                        {
                            Walk(item);
                        }
                    }

                    return;
            }

            var type = value.GetType();
            if (type.Namespace?.StartsWith("PersianNews.Core", StringComparison.Ordinal) != true || type.IsValueType || !seen.Add(value))
            {
                return;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length == 0 && !property.PropertyType.IsValueType && property.PropertyType != typeof(Type))
                {
                    Walk(property.GetValue(value));
                }
            }
        }
    }

    /// <summary>The heap size of a string on 64-bit .NET: header, method table, length, characters, terminator, padded to 8.</summary>
    public static long StringSize(int length) => (22 + (2L * length) + 7) & ~7L;
}
