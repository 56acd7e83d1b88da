using System.Globalization;
using Notify.Functions.Deliver;
using Notify.Functions.Storage;
using Azure.Data.Tables;
using Notify.LocalHost.Cli;

namespace Notify.LocalHost.Demo;

/// <summary>
/// Demo step g, read-only: one line about sending. With fan-out jobs in FanOutJobs, their states and the counters
/// their delivery batches recorded; with none yet, the Deliveries table's rows counted by status.
/// </summary>
public sealed class ActivitySummary(StorageClients storage, DeliveryLedger deliveries, TimeProvider clock)
{
    private const string JobRow = "job";

    private static readonly string[] Counters = ["Recipients", "Sent", "Delivered", "Failed", "Suppressed", "Cancelled"];

    private readonly TableClient _jobs = storage.GetTableClient(Tables.FanOutJobs);

    public async Task<string> DescribeAsync(CancellationToken cancellationToken)
    {
        // Business time, labelled with its offset so an operator reading the log elsewhere is not misled.
        var at = ShanghaiTime.ToSecond(clock.GetUtcNow());
        var jobs = await DescribeJobsAsync(cancellationToken);
        return jobs is null
            ? $"[{at}] fan-out: no jobs yet; deliveries: {await DescribeDeliveriesAsync(cancellationToken)}"
            : $"[{at}] fan-out: {jobs}";
    }

    private async Task<string?> DescribeJobsAsync(CancellationToken cancellationToken)
    {
        var states = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var totals = Counters.ToDictionary(counter => counter, _ => 0L, StringComparer.Ordinal);
        await foreach (var entity in _jobs.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey", "State", .. Counters], maxPerPage: TableLimits.MaxPageSize, cancellationToken: cancellationToken))
        {
            if (entity.RowKey == JobRow)
            {
                var state = entity.GetString("State") ?? "?";
                states[state] = states.GetValueOrDefault(state) + 1;
                continue;
            }

            foreach (var counter in Counters)
            {
                totals[counter] += entity.GetInt32(counter) ?? 0;
            }
        }

        if (states.Count == 0)
        {
            return null;
        }

        var jobs = string.Join(", ", states.Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Value:N0} {pair.Key}")));
        var counters = string.Join(", ", Counters.Select(counter => string.Create(CultureInfo.InvariantCulture, $"{counter.ToLowerInvariant()} {totals[counter]:N0}")));
        return string.Create(CultureInfo.InvariantCulture, $"{states.Values.Sum():N0} jobs ({jobs}); batches: {counters}");
    }

    private async Task<string> DescribeDeliveriesAsync(CancellationToken cancellationToken)
    {
        var statuses = await deliveries.CountByStatusAsync(cancellationToken);
        return statuses.Count == 0
            ? "none"
            : string.Join(", ", statuses.Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Key} {pair.Value:N0}")));
    }
}
