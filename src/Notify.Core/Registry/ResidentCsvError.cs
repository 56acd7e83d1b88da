namespace Notify.Core.Registry;

/// <summary>Why one field of one CSV row was rejected. Messages never repeat personal data (names, phones, openids, emails).</summary>
/// <param name="Row">1-based row number; the header is row 1.</param>
/// <param name="Field">The column name, or "columns"/"quote" for a malformed row.</param>
/// <param name="Message">The reason, e.g. "'2099-01-01' is in the future".</param>
public sealed record ResidentCsvError(int Row, string Field, string Message)
{
    public override string ToString() => $"row {Row}, {Field}: {Message}";
}
