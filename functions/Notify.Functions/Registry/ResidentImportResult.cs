using Notify.Core.Csv;

namespace Notify.Functions.Registry;

/// <summary>
/// What a resident CSV import did: data rows read, residents upserted, rows rejected, and the first errors. A file with
/// any rejected row imports nothing.
/// </summary>
public sealed record ResidentImportResult(int RowsRead, int Imported, int Rejected, IReadOnlyList<CsvError> FirstErrors)
{
    /// <summary>True when the header itself was rejected, so no data row was read.</summary>
    public bool HeaderRejected => RowsRead == 0 && FirstErrors.Any(error => error.Row == 1);
}
