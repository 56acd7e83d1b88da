using Notify.Core.Csv;

namespace Notify.Core.Units;

/// <summary>One data row of a unit-contact CSV: the unit and its contacts when valid, otherwise the reasons.</summary>
/// <param name="Row">1-based row number; the header is row 1.</param>
/// <param name="Unit">The directory unit the row names, when it names one.</param>
/// <param name="Values">The validated contacts, when the whole row is valid.</param>
/// <param name="Errors">Every problem found in the row; empty when valid.</param>
public sealed record UnitContactCsvRow(int Row, Unit? Unit, UnitContactValues? Values, IReadOnlyList<CsvError> Errors)
{
    public bool IsValid => Unit is not null && Values is not null && Errors.Count == 0;
}
