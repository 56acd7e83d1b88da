namespace Notify.Storage.Tables;

/// <summary>PartitionKey/RowKey rules (PROTOCOLS §3.5) and how keys appear in entity URLs.</summary>
internal static class TableKeys
{
    public const int MaxLength = 1024;

    public static void Validate(string key, string keyName)
    {
        ArgumentNullException.ThrowIfNull(key, keyName);
        if (key.Length > MaxLength)
        {
            throw new ArgumentException($"The {keyName} is {key.Length} characters long; at most {MaxLength} are allowed.", keyName);
        }

        foreach (var c in key)
        {
            if (c is '/' or '\\' or '#' or '?' or (>= '\u0000' and <= '\u001F') or (>= '\u007F' and <= '\u009F'))
            {
                throw new ArgumentException(
                    $"The {keyName} contains '{Describe(c)}'; keys may not contain / \\ # ? or control characters.", keyName);
            }
        }
    }

    /// <summary>"{table}(PartitionKey='…',RowKey='…')" with quotes doubled and values percent-encoded.</summary>
    public static string EntityPath(string escapedTableName, string partitionKey, string rowKey) =>
        $"{escapedTableName}(PartitionKey='{Escape(partitionKey)}',RowKey='{Escape(rowKey)}')";

    private static string Escape(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));

    private static string Describe(char c) => char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString();
}
