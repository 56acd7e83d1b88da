using System.Globalization;
using Notify.Core.Registry;
using Notify.Functions.Registry;
using Azure.Data.Tables;
using Notify.Functions.Storage;

namespace Notify.LocalHost.Demo;

/// <summary>
/// Demo step c: fills the registry with synthetic residents (<see cref="ResidentGenerator"/>), streamed in batches
/// of 100 of one region, a few batches in flight. Generated ids are R000000000, R000000001 …, and a seed fixes
/// each one's region, so finding the last of them in the registry means an earlier run already imported them all.
/// </summary>
public sealed class ResidentSeeding(ResidentStore store, TimeProvider clock)
{
    private const int BatchesInFlight = 32;

    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>Imports <paramref name="count"/> residents unless the registry holds them already; returns how many were written.</summary>
    public async Task<int> EnsureAsync(int count, int seed, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(output);
        if (count == 0)
        {
            return 0;
        }

        var generator = new ResidentGenerator(seed, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Shanghai).DateTime));
        if (await HoldsAsync(LastOf(generator, count), cancellationToken))
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  residents: the registry already holds the {count:N0} demo residents of seed {seed}; nothing to import"));
            return 0;
        }

        var buffers = new Dictionary<string, List<Resident>>(StringComparer.Ordinal);
        var inFlight = new Queue<Task>();
        var step = Math.Max(1_000, count / 10);
        var written = 0;
        foreach (var resident in generator.Generate(count))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!buffers.TryGetValue(resident.Region, out var buffer))
            {
                buffers[resident.Region] = buffer = new List<Resident>(TableLimits.MaxActionsPerTransaction);
            }

            buffer.Add(resident);
            if (buffer.Count < TableLimits.MaxActionsPerTransaction)
            {
                continue;
            }

            written += await SendAsync(inFlight, buffer, cancellationToken);
            buffers[resident.Region] = new List<Resident>(TableLimits.MaxActionsPerTransaction);
            if (written % step < TableLimits.MaxActionsPerTransaction)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  residents: {written:N0} / {count:N0} sent"));
            }
        }

        foreach (var buffer in buffers.Values.Where(buffer => buffer.Count > 0))
        {
            written += await SendAsync(inFlight, buffer, cancellationToken);
        }

        while (inFlight.Count > 0)
        {
            await inFlight.Dequeue();
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  residents: imported {written:N0} (seed {seed})"));
        return written;
    }

    private static Resident LastOf(ResidentGenerator generator, int count)
    {
        Resident? last = null;
        foreach (var resident in generator.Generate(count))
        {
            last = resident;
        }

        return last!;
    }

    private async Task<bool> HoldsAsync(Resident resident, CancellationToken cancellationToken) =>
        await store.FindAsync(resident.Region, resident.Id, cancellationToken) is not null;

    /// <summary>Starts writing one batch, first waiting for the oldest when <see cref="BatchesInFlight"/> are already running.</summary>
    private async Task<int> SendAsync(Queue<Task> inFlight, List<Resident> batch, CancellationToken cancellationToken)
    {
        if (inFlight.Count >= BatchesInFlight)
        {
            await inFlight.Dequeue();
        }

        inFlight.Enqueue(store.UpsertBatchAsync(batch, cancellationToken));
        return batch.Count;
    }
}
