using System.Globalization;

namespace Notify.Storage.Tables;

/// <summary>
/// Builds <c>$filter</c> expressions from interpolated strings, rendering each hole as a safe OData literal:
/// <c>TableFilter.Create($"PartitionKey eq {region} and Due lt {now}")</c>.
/// </summary>
public static class TableFilter
{
    /// <summary>
    /// Strings are single-quoted with quotes doubled; DateTimeOffset/UTC DateTime become <c>datetime'…Z'</c>,
    /// Guid <c>guid'…'</c>, long <c>123L</c>, double invariant with a decimal point, bool <c>true/false</c>,
    /// byte[] <c>X'hex'</c>. Format specifiers in the holes are ignored.
    /// </summary>
    /// <exception cref="ArgumentException">A hole is null or of an unsupported type.</exception>
    public static string Create(FormattableString filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var literals = new object?[filter.ArgumentCount];
        for (var i = 0; i < literals.Length; i++)
        {
            literals[i] = ODataLiteral.Format(filter.GetArgument(i));
        }

        return string.Format(CultureInfo.InvariantCulture, filter.Format, literals);
    }
}
