namespace Notify.Core.Csv;

/// <summary>Why a CSV file or one field of one of its rows was rejected. Messages never repeat personal data.</summary>
/// <param name="Row">1-based row number as a spreadsheet shows it; the header is row 1.</param>
/// <param name="Field">The column name, or "header"/"columns"/"quote" for a malformed file or row.</param>
/// <param name="Message">The reason, e.g. "'2099-01-01' is in the future".</param>
/// <param name="Column">The spreadsheet letter of the field's column in this file ("A", "B" …), when the file has it.</param>
public sealed record CsvError(int Row, string Field, string Message, string? Column = null)
{
    /// <summary>Where in the row: "column C (phone)", or just the field when the file has no such column.</summary>
    public string Place => Column is null ? Field : $"column {Column} ({Field})";

    public override string ToString() => $"row {Row}, {Place}: {Message}";
}
