using System.Text.RegularExpressions;

namespace Notify.Storage;

/// <summary>Client-side checks of queue, table and container names, so a typo fails with a clear message.</summary>
internal static partial class StorageNames
{
    public static void ValidateQueueName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!LowercaseName().IsMatch(name) || name.Contains("--", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"'{name}' is not a valid queue name: use 3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.",
                nameof(name));
        }
    }

    public static void ValidateContainerName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!LowercaseName().IsMatch(name) || name.Contains("--", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"'{name}' is not a valid blob container name: use 3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.",
                nameof(name));
        }
    }

    public static void ValidateTableName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!TableName().IsMatch(name) || string.Equals(name, "tables", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"'{name}' is not a valid table name: use 3-63 letters and digits, starting with a letter ('tables' is reserved).",
                nameof(name));
        }
    }

    public static void ValidateAccountName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!AccountName().IsMatch(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a valid storage account name: use 3-24 lowercase letters and digits.", nameof(name));
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex LowercaseName();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex TableName();

    [GeneratedRegex("^[a-z0-9]{3,24}$", RegexOptions.CultureInvariant)]
    private static partial Regex AccountName();
}
