using Notify.Core.Csv;
using Notify.Core.Units;
using Azure.Data.Tables;
using Notify.Functions.Audit;
using Notify.Functions.Storage;

namespace Notify.Functions.Units;

/// <summary>
/// Streams a unit-contact CSV into the UnitContacts table: every row is validated, a rejected row writes nothing,
/// valid rows are upserted 100 at a time, so importing the same file twice leaves the same rows.
/// </summary>
public sealed class UnitContactImport(UnitContactStore store, UnitDirectory directory, AuditTrail audit)
{
    public const int MaxReportedErrors = 20;

    public async Task<UnitContactImportResult> ImportAsync(TextReader reader, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var buffer = new Dictionary<string, UnitContact>(StringComparer.Ordinal);
        var errors = new List<CsvError>();
        int read = 0, imported = 0, rejected = 0;
        await foreach (var row in new UnitContactCsv(directory).ReadAsync(reader, cancellationToken))
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
                continue;
            }

            var unit = row.Unit!;
            var values = row.Values!;
            buffer[unit.Id] = new UnitContact(unit.Id, unit.Name, unit.Level, values.WeComUserIds, values.Phones, values.Emails);
            imported++;
            if (buffer.Count >= TableLimits.MaxActionsPerTransaction)
            {
                await store.UpsertBatchAsync([.. buffer.Values], cancellationToken);
                buffer.Clear();
            }
        }

        if (buffer.Count > 0)
        {
            await store.UpsertBatchAsync([.. buffer.Values], cancellationToken);
        }

        audit.Record(actor, "imported unit contacts", $"{imported} units", $"{read} rows read, {rejected} rejected");
        return new UnitContactImportResult(read, imported, rejected, errors);
    }
}
