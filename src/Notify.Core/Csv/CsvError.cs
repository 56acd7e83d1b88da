namespace Notify.Core.Csv;

/// <summary>Why a CSV file or one field of one of its rows was rejected. Messages never repeat personal data.</summary>
/// <param name="Row">1-based row number; the header is row 1.</param>
/// <param name="Field">The column name, or "header"/"columns"/"quote" for a malformed file or row.</param>
/// <param name="Message">The reason, e.g. "'2099-01-01' is in the future".</param>
public sealed record CsvError(int Row, string Field, string Message)
{
    public override string ToString() => $"row {Row}, {Field}: {Message}";
}
