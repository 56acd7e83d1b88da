namespace Notify.Core.Csv;

/// <summary>
/// The rows where each key of one file first appeared, so a repeated key is refused naming both rows rather than one
/// row silently replacing the other. Holds one entry per distinct key.
/// </summary>
/// <param name="column">The key's column, e.g. "id".</param>
/// <param name="rule">What the file must do instead, e.g. "each resident must appear once".</param>
public sealed class CsvUniqueKeys(string column, string rule)
{
    private readonly Dictionary<string, int> _firstRows = new(StringComparer.Ordinal);

    /// <summary>Null when <paramref name="key"/> is new (or empty), otherwise the error naming the row it first appeared at.</summary>
    public CsvError? Claim(CsvRecord record, string key)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0 || _firstRows.TryAdd(key, record.Row))
        {
            return null;
        }

        return record.Error(column, $"'{CsvTable.Printable(key)}' is also at row {_firstRows[key]}; {rule}");
    }
}
