namespace Notify.Core.Units;

/// <summary>Why one field of one unit-contact CSV row was rejected. Messages never repeat phones, emails or user ids.</summary>
/// <param name="Row">1-based row number; the header is row 1.</param>
/// <param name="Field">The column name, or "header"/"columns"/"quote" for a malformed file or row.</param>
/// <param name="Message">The reason, e.g. "'baotou.nowhere' is not a unit in the directory".</param>
public sealed record UnitContactCsvError(int Row, string Field, string Message)
{
    public override string ToString() => $"row {Row}, {Field}: {Message}";
}
