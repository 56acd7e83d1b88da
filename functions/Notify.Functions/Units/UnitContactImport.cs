using Notify.Core.Csv;
using Notify.Core.Units;
using Azure.Data.Tables;
using Notify.Functions.Audit;
using Notify.Functions.Storage;

namespace Notify.Functions.Units;

/// <summary>
/// Imports a unit-contact CSV all or nothing: the first pass checks every row (and that no unit repeats), and only a file
/// without errors is read again and upserted 100 rows at a time, so importing the same file twice leaves the same rows.
/// </summary>
public sealed class UnitContactImport(UnitContactStore store, UnitDirectory directory, AuditTrail audit)
{
    public const int MaxReportedErrors = 20;

    public async Task<UnitContactImportResult> ImportAsync(CsvSource source, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var check = await CheckAsync(source, cancellationToken);
        if (check.Rejected > 0 || check.FirstErrors.Count > 0)
        {
            audit.Record(actor, "refused unit contacts", "0 units", $"{check.RowsRead} rows read, {check.Rejected} rejected");
            return check;
        }

        var imported = await UpsertAsync(source, cancellationToken);
        audit.Record(actor, "imported unit contacts", $"{imported} units", $"{check.RowsRead} rows read, 0 rejected");
        return check with { Imported = imported };
    }

    private async Task<UnitContactImportResult> CheckAsync(CsvSource source, CancellationToken cancellationToken)
    {
        var errors = new List<CsvError>();
        int read = 0, rejected = 0;
        using var reader = source.Open();
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
            }
        }

        return new UnitContactImportResult(read, 0, rejected, errors);
    }

    private async Task<int> UpsertAsync(CsvSource source, CancellationToken cancellationToken)
    {
        var buffer = new List<UnitContact>();
        var imported = 0;
        using var reader = source.Open();
        await foreach (var row in new UnitContactCsv(directory).ReadAsync(reader, cancellationToken))
        {
            if (!row.IsValid)
            {
                throw new InvalidOperationException($"Row {row.Row} of the unit-contact file changed between checking and importing it.");
            }

            var (unit, values) = (row.Unit!, row.Values!);
            buffer.Add(new UnitContact(unit.Id, unit.Name, unit.Level, values.WeComUserIds, values.Phones, values.Emails));
            imported++;
            if (buffer.Count >= TableLimits.MaxActionsPerTransaction)
            {
                await store.UpsertBatchAsync([.. buffer], cancellationToken);
                buffer.Clear();
            }
        }

        if (buffer.Count > 0)
        {
            await store.UpsertBatchAsync([.. buffer], cancellationToken);
        }

        return imported;
    }
}
