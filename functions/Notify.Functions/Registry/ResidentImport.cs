using Notify.Core.Csv;
using Notify.Core.Registry;
using Azure.Data.Tables;
using Notify.Functions.Storage;

namespace Notify.Functions.Registry;

/// <summary>
/// Imports a resident CSV all or nothing, streaming it twice: the first pass checks every row (and that no id repeats),
/// and only a file without errors is read again and upserted, buffered per region and written 100 at a time. Memory
/// holds the file's ids and one batch per region, whatever the file size.
/// </summary>
public sealed class ResidentImport(ResidentStore store, TimeProvider time)
{
    public const int MaxReportedErrors = 20;

    public async Task<ResidentImportResult> ImportAsync(CsvSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var check = await CheckAsync(source, cancellationToken);
        if (check.Rejected > 0 || check.FirstErrors.Count > 0)
        {
            return check;
        }

        var imported = await UpsertAsync(source, cancellationToken);
        return check with { Imported = imported };
    }

    private async Task<ResidentImportResult> CheckAsync(CsvSource source, CancellationToken cancellationToken)
    {
        var errors = new List<CsvError>();
        int read = 0, rejected = 0;
        using var reader = source.Open();
        await foreach (var row in new ResidentCsv(time).ReadAsync(reader, cancellationToken))
        {
            if (row.Row == 1)
            {
                errors.AddRange(row.Errors.Take(MaxReportedErrors));
                break;
            }

            read++;
            if (!row.IsValid)
            {
                rejected++;
                errors.AddRange(row.Errors.Take(MaxReportedErrors - errors.Count));
            }
        }

        return new ResidentImportResult(read, 0, rejected, errors);
    }

    private async Task<int> UpsertAsync(CsvSource source, CancellationToken cancellationToken)
    {
        var buffers = new Dictionary<string, List<Resident>>(StringComparer.Ordinal);
        var imported = 0;
        using var reader = source.Open();
        await foreach (var row in new ResidentCsv(time).ReadAsync(reader, cancellationToken))
        {
            var resident = row.Resident ?? throw new InvalidOperationException($"Row {row.Row} of the resident file changed between checking and importing it.");
            if (!buffers.TryGetValue(resident.Region, out var buffer))
            {
                buffer = [];
                buffers[resident.Region] = buffer;
            }

            buffer.Add(resident);
            imported++;
            if (buffer.Count >= TableLimits.MaxActionsPerTransaction)
            {
                await store.UpsertBatchAsync([.. buffer], cancellationToken);
                buffer.Clear();
            }
        }

        foreach (var buffer in buffers.Values.Where(buffer => buffer.Count > 0))
        {
            await store.UpsertBatchAsync([.. buffer], cancellationToken);
        }

        return imported;
    }
}
