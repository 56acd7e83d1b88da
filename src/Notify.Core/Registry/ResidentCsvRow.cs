using Notify.Core.Csv;

namespace Notify.Core.Registry;

/// <summary>One data row of a resident CSV: either a valid <see cref="Resident"/> or the reasons it was rejected.</summary>
/// <param name="Row">1-based row number; the header is row 1.</param>
/// <param name="Resident">The resident, when the row is valid.</param>
/// <param name="Errors">Every problem found in the row; empty when valid.</param>
public sealed record ResidentCsvRow(int Row, Resident? Resident, IReadOnlyList<CsvError> Errors)
{
    public bool IsValid => Resident is not null;
}
