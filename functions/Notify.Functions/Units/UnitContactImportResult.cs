using Notify.Core.Csv;

namespace Notify.Functions.Units;

/// <summary>
/// What a unit-contact CSV import did: data rows read, units upserted, rows rejected, and the first errors. A file with
/// any rejected row imports nothing.
/// </summary>
public sealed record UnitContactImportResult(int RowsRead, int Imported, int Rejected, IReadOnlyList<CsvError> FirstErrors)
{
    /// <summary>True when the header itself was rejected, so no data row was read.</summary>
    public bool HeaderRejected => RowsRead == 0 && FirstErrors.Any(error => error.Row == 1);
}
