using System.Globalization;
using System.Text.Json;
using Azure;
using Notify.Functions.Schedule;
using Notify.Functions.Storage;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;

namespace Notify.Functions.FanOut;

/// <summary>
/// Fan-out jobs (FanOutJobs: partition = job id). Row "job" holds the occurrence, the paging checkpoint and the
/// total; each delivery batch adds a row "b{sequence}-{batch id}" with its counts, so counting needs no shared
/// counter and a batch retried by the queue overwrites its own row.
/// </summary>
public sealed class FanOutJobStore(StorageClients storage, TimeProvider clock)
{
    private const string JobRow = "job";
    private const int TopReasonCount = 5;

    private readonly TableClient _table = storage.GetTableClient(Tables.FanOutJobs);

    /// <summary>Creates the job row for <paramref name="occurrence"/>, or reads the one an earlier request created.</summary>
    public async Task<(FanOutCheckpoint Checkpoint, string State, ETag ETag)> StartAsync(string jobId, ScheduledOccurrence occurrence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        var entity = new TableEntity(jobId, JobRow)
        {
            ["OccurrenceKey"] = occurrence.Key,
            ["Bucket"] = occurrence.Bucket,
            ["ItemId"] = occurrence.ItemId,
            ["TemplateKind"] = occurrence.TemplateKind,
            ["Audience"] = occurrence.Audience,
            ["State"] = FanOutStates.Paging,
            ["RegionIndex"] = 0,
            ["FromId"] = null,
            ["NextSequence"] = 0,
            ["Queued"] = 0L,
            ["CreatedAt"] = clock.GetUtcNow(),
        };
        try
        {
            var etag = (await _table.AddEntityAsync(entity, cancellationToken)).Headers.ETag ?? ETag.All;
            return (new FanOutCheckpoint(0, null, 0, 0), FanOutStates.Paging, etag);
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == nameof(TableErrorCode.EntityAlreadyExists))
        {
            var existing = await _table.GetEntityOrDefaultAsync(jobId, JobRow, cancellationToken: cancellationToken)
                ?? throw new InvalidOperationException($"Fan-out job {jobId} vanished while starting.");
            return (ReadCheckpoint(existing), existing.GetString("State") ?? FanOutStates.Paging, existing.ETag);
        }
    }

    /// <summary>Moves the checkpoint on; false (and nothing written) when another instance moved it first.</summary>
    public async Task<(bool Saved, ETag ETag)> SaveCheckpointAsync(string jobId, FanOutCheckpoint checkpoint, bool paged, ETag etag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var entity = new TableEntity(jobId, JobRow)
        {
            ["RegionIndex"] = checkpoint.RegionIndex,
            ["FromId"] = checkpoint.FromId,
            ["NextSequence"] = checkpoint.NextSequence,
            ["Queued"] = checkpoint.Queued,
            ["State"] = paged ? FanOutStates.Paged : FanOutStates.Paging,
            ["CheckpointAt"] = clock.GetUtcNow(),
        };
        if (paged)
        {
            entity["Total"] = checkpoint.Queued;
            entity["PagedAt"] = clock.GetUtcNow();
        }

        try
        {
            return (true, (await _table.UpdateEntityAsync(entity, etag, TableUpdateMode.Merge, cancellationToken)).Headers.ETag ?? ETag.All);
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == nameof(TableErrorCode.UpdateConditionNotSatisfied))
        {
            return (false, etag);
        }
    }

    /// <summary>The occurrence a job fans out (its row key and bucket), or null when there is no such job.</summary>
    public async Task<(string OccurrenceKey, string Bucket)?> FindOccurrenceAsync(string jobId, CancellationToken cancellationToken) =>
        await _table.GetEntityOrDefaultAsync(jobId, JobRow, cancellationToken: cancellationToken) is { } job
            ? (job.GetString("OccurrenceKey") ?? "", job.GetString("Bucket") ?? "")
            : null;

    public Task RecordBatchAsync(DeliveryBatch batch, BatchCounts counts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(counts);
        var row = string.Create(CultureInfo.InvariantCulture, $"b{batch.Sequence:D7}-{batch.BatchId}");
        return _table.UpsertEntityAsync(new TableEntity(batch.JobId, row)
        {
            ["Recipients"] = counts.Recipients,
            ["Sent"] = counts.Sent,
            ["Delivered"] = counts.Delivered,
            ["Failed"] = counts.Failed,
            ["Suppressed"] = counts.Suppressed,
            ["Cancelled"] = counts.Cancelled,
            ["OwnedElsewhere"] = counts.OwnedElsewhere,
            ["Reasons"] = counts.Reasons is { Count: > 0 } reasons ? JsonSerializer.Serialize(reasons) : null,
            ["At"] = clock.GetUtcNow(),
        }, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Records why a job reached nobody (its audience was empty), for the job's readers.</summary>
    public Task RecordProblemAsync(string jobId, string problem, CancellationToken cancellationToken) =>
        _table.UpdateEntityAsync(new TableEntity(jobId, JobRow) { ["Problem"] = problem }, ETag.All, TableUpdateMode.Merge, cancellationToken);

    public async Task<FanOutProgress?> GetProgressAsync(string jobId, CancellationToken cancellationToken)
    {
        TableEntity? job = null;
        long sent = 0, delivered = 0, failed = 0, suppressed = 0, cancelled = 0;
        DateTimeOffset? updated = null;
        var reasons = new Dictionary<string, long>(StringComparer.Ordinal);
        await foreach (var entity in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {jobId}"), cancellationToken: cancellationToken))
        {
            if (entity.RowKey == JobRow)
            {
                job = entity;
                continue;
            }

            sent += entity.GetInt32("Sent") ?? 0;
            delivered += entity.GetInt32("Delivered") ?? 0;
            failed += entity.GetInt32("Failed") ?? 0;
            suppressed += entity.GetInt32("Suppressed") ?? 0;
            cancelled += entity.GetInt32("Cancelled") ?? 0;
            AddReasons(reasons, entity.GetString("Reasons"));
            if (entity.GetDateTimeOffset("At") is { } at && (updated is null || at > updated))
            {
                updated = at;
            }
        }

        if (job is null)
        {
            return null;
        }

        var queued = job.GetInt64("Queued") ?? 0;
        var total = job.GetInt64("Total") ?? queued;
        var state = job.GetString("State") ?? FanOutStates.Paging;
        var top = reasons.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(TopReasonCount).Select(pair => new ReasonCount(pair.Key, pair.Value)).ToList();
        var empty = state == FanOutStates.Paged && total == 0;
        var problem = empty ? job.GetString("Problem") ?? "no recipients: the audience was empty"
            : job.GetString("Problem") is { } recorded ? recorded
            : state == FanOutStates.Paged && sent + delivered == 0 && failed + suppressed > 0 && failed + suppressed + cancelled >= total
                ? $"nobody was reached{(top.Count > 0 ? $": {top[0].Reason}" : "")}"
                : null;
        return new FanOutProgress(
            jobId,
            empty ? FanOutStates.Empty : state,
            job.GetString("OccurrenceKey") ?? "",
            job.GetString("TemplateKind") ?? "",
            total,
            queued,
            sent,
            delivered,
            failed,
            suppressed,
            cancelled,
            job.GetDateTimeOffset("CreatedAt") ?? default,
            job.GetDateTimeOffset("PagedAt"),
            updated,
            top,
            problem);
    }

    private static void AddReasons(Dictionary<string, long> reasons, string? json)
    {
        if (json is null)
        {
            return;
        }

        foreach (var (reason, count) in JsonSerializer.Deserialize<Dictionary<string, int>>(json) ?? [])
        {
            reasons[reason] = reasons.GetValueOrDefault(reason) + count;
        }
    }

    /// <summary>Every job's id, newest first by creation time.</summary>
    public async Task<IReadOnlyList<string>> ListJobIdsAsync(CancellationToken cancellationToken)
    {
        var jobs = new List<(string Id, DateTimeOffset Created)>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {JobRow}"), select: ["PartitionKey", "RowKey", "CreatedAt"], cancellationToken: cancellationToken))
        {
            jobs.Add((entity.PartitionKey, entity.GetDateTimeOffset("CreatedAt") ?? default));
        }

        return [.. jobs.OrderByDescending(job => job.Created).Select(job => job.Id)];
    }

    private static FanOutCheckpoint ReadCheckpoint(TableEntity entity) => new(
        entity.GetInt32("RegionIndex") ?? 0,
        entity.GetString("FromId"),
        entity.GetInt32("NextSequence") ?? 0,
        entity.GetInt64("Queued") ?? 0);
}
