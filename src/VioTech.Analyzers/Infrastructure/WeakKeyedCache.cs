using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace VioTech.Analyzers.Infrastructure;

/// <summary>
/// A value computed at most once per key and shared by every analyzer that requests it, such as
/// one secret scan per <c>SyntaxTree</c> or one set of pipeline facts per <c>Compilation</c>.
/// Entries live in a <see cref="ConditionalWeakTable{TKey, TValue}"/>, so an entry is collected
/// with its key. Callers must compute a value from its key alone, never from analyzer options or
/// from which analyzer asked first; the cache cannot check this. Thread-safe.
/// </summary>
/// <remarks>
/// The first caller computes the value under the entry's lock while concurrent callers for the same
/// key wait, so the work is never done twice. When the computation throws (the caller's
/// cancellation, typically), nothing is stored and the next caller computes the value with its own
/// token. Waiting for the lock does not observe cancellation, but the wait ends when the computing
/// caller finishes or is cancelled.
/// </remarks>
internal sealed class WeakKeyedCache<TKey, TValue>
    where TKey : class
    where TValue : class
{
    private readonly ConditionalWeakTable<TKey, Entry> entries = new();
    private readonly ConditionalWeakTable<TKey, Entry>.CreateValueCallback createEntry = _ => new Entry();

    /// <summary>Returns the value stored for <paramref name="key"/>, computing it with <paramref name="compute"/> if there is none yet.</summary>
    public TValue GetOrCompute(TKey key, Func<TKey, CancellationToken, TValue> compute, CancellationToken cancellationToken)
    {
        var entry = entries.GetValue(key, createEntry);
        var value = Volatile.Read(ref entry.Value);
        if (value is not null)
        {
            return value;
        }

        lock (entry)
        {
            value = entry.Value;
            if (value is null)
            {
                value = compute(key, cancellationToken);
                Volatile.Write(ref entry.Value, value);
            }

            return value;
        }
    }

    private sealed class Entry
    {
        public TValue? Value;
    }
}
