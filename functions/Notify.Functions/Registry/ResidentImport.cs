using Notify.Core.Csv;
using Notify.Core.Registry;
using Azure.Data.Tables;
using Notify.Functions.Storage;

namespace Notify.Functions.Registry;

/// <summary>
/// Streams a resident CSV into the Residents table: valid rows are buffered per region and written 100 at a time,
/// so memory holds at most one batch per region whatever the file size.
/// </summary>
public sealed class ResidentImport(ResidentStore store, TimeProvider time)
{
    public const int MaxReportedErrors = 20;

    private static readonly char[] ForbiddenKeyCharacters = ['/', '\\', '#', '?'];

    public async Task<ResidentImportResult> ImportAsync(TextReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var buffers = new Dictionary<string, Dictionary<string, Resident>>(StringComparer.Ordinal);
        var errors = new List<CsvError>();
        int read = 0, imported = 0, rejected = 0;
        await foreach (var row in new ResidentCsv(time).ReadAsync(reader, cancellationToken))
        {
            if (row.Row == 1)
            {
                errors.AddRange(row.Errors.Take(MaxReportedErrors));
                break;
            }

            read++;
            var rowErrors = row.Resident is { } candidate && candidate.Id.IndexOfAny(ForbiddenKeyCharacters) >= 0
                ? [new CsvError(row.Row, "id", "must not contain '/', '\\', '#' or '?'")]
                : row.Errors;
            if (row.Resident is not { } resident || rowErrors.Count > 0)
            {
                rejected++;
                errors.AddRange(rowErrors.Take(MaxReportedErrors - errors.Count));
                continue;
            }

            if (!buffers.TryGetValue(resident.Region, out var buffer))
            {
                buffer = new Dictionary<string, Resident>(StringComparer.Ordinal);
                buffers[resident.Region] = buffer;
            }

            buffer[resident.Id] = resident;
            imported++;
            if (buffer.Count >= TableLimits.MaxActionsPerTransaction)
            {
                await store.UpsertBatchAsync([.. buffer.Values], cancellationToken);
                buffer.Clear();
            }
        }

        foreach (var buffer in buffers.Values.Where(buffer => buffer.Count > 0))
        {
            await store.UpsertBatchAsync([.. buffer.Values], cancellationToken);
        }

        return new ResidentImportResult(read, imported, rejected, errors);
    }
}
