using System.Globalization;
using Notify.Functions.Schedule;
using Notify.Functions.Storage;
using Azure.Data.Tables;

namespace Notify.Functions.Demo;

/// <summary>
/// Demo step f, read-only: what the Occurrences table holds still scheduled, per notice kind, with the next one due
/// from now, printed in Asia/Shanghai time.
/// </summary>
public sealed class ScheduleOverview(StorageClients storage, TimeProvider clock)
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

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

    /// <summary>The overview as a fixed-width table, one line per notice kind.</summary>
    public static IReadOnlyList<string> Format(IReadOnlyList<ScheduledKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        if (kinds.Count == 0)
        {
            return ["  nothing is scheduled (no approved item has occurrences in the Occurrences table yet)"];
        }

        var width = Math.Max("notice kind".Length, kinds.Max(kind => kind.TemplateKind.Length));
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"  {"notice kind".PadRight(width)}  {"occurrences",11}  next due (Asia/Shanghai)"),
        };
        foreach (var kind in kinds)
        {
            var next = kind.NextDueUtc is { } due
                ? TimeZoneInfo.ConvertTime(due, Shanghai).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
                : "— (all past due)";
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  {kind.TemplateKind.PadRight(width)}  {kind.Occurrences,11:N0}  {next}"));
        }

        lines.Add(string.Create(CultureInfo.InvariantCulture, $"  {"total".PadRight(width)}  {kinds.Sum(kind => kind.Occurrences),11:N0}"));
        return lines;
    }
}
