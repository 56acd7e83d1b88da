using System.Globalization;
using Notify.Functions.Schedule;
using Notify.Functions.Storage;
using Azure.Data.Tables;
using Notify.LocalHost.Cli;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Notify.LocalHost.Demo;

/// <summary>
/// Demo step f, read-only: what the Occurrences table holds still scheduled, per notice kind, with the next one due
/// from now, printed in Asia/Shanghai time.
/// </summary>
public sealed class ScheduleOverview(StorageClients storage, TimeProvider clock)
{
    private readonly TableClient _occurrences = storage.GetTableClient(Tables.Occurrences);

    public async Task<IReadOnlyList<ScheduledKind>> ListAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var kinds = new SortedDictionary<string, (int Count, DateTimeOffset? Next)>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"State eq {OccurrenceStates.Scheduled}");
        await foreach (var entity in _occurrences.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey", "TemplateKind", "DueUtc"], maxPerPage: TableLimits.MaxPageSize, cancellationToken: cancellationToken))
        {
            var kind = entity.GetString("TemplateKind") ?? "?";
            var (count, next) = kinds.GetValueOrDefault(kind);
            if (entity.GetDateTimeOffset("DueUtc") is { } due && due >= now && (next is null || due < next))
            {
                next = due;
            }

            kinds[kind] = (count + 1, next);
        }

        return [.. kinds.Select(pair => new ScheduledKind(pair.Key, pair.Value.Count, pair.Value.Next))];
    }

    /// <summary>The overview as a table, one row per notice kind and a total; a sentence when nothing is scheduled.</summary>
    public static IRenderable Render(IReadOnlyList<ScheduledKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        if (kinds.Count == 0)
        {
            return new Padder(new Text("nothing is scheduled (no approved item has occurrences in the Occurrences table yet)\n"), new Padding(2, 0, 0, 0));
        }

        var table = new Table()
            .AddColumn("notice kind")
            .AddColumn(new TableColumn("occurrences").RightAligned())
            .AddColumn("next due (Asia/Shanghai)");
        foreach (var kind in kinds)
        {
            var next = kind.NextDueUtc is { } due
                ? ShanghaiTime.ToMinute(due)
                : "— (all past due)";
            table.AddRow(new Text(kind.TemplateKind), new Text(Count(kind.Occurrences)), new Text(next));
        }

        table.AddRow(new Text("total"), new Text(Count(kinds.Sum(kind => kind.Occurrences))), Text.Empty);
        return table;
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
