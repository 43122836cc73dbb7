using System;
using System.Threading.Tasks;

namespace VioTech.Build.Tasks.Tests.Robustness;

/// <summary>
/// Runs work on the thread pool and fails the test with <see cref="TimeoutException"/> when it does
/// not finish in time, so that a hang fails one test instead of stalling the run. The limits are
/// hang detectors, many times the expected duration, not speed targets.
/// </summary>
internal static class Bounded
{
    public static async Task<T> RunAsync<T>(Func<T> work, TimeSpan limit)
    {
        var task = Task.Run(work);
        try
        {
            return await task.WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            // The work keeps running in the background; the test process ends it on exit.
            throw new TimeoutException($"The work did not finish within {limit.TotalSeconds} s; it probably hangs.");
        }
    }
}
