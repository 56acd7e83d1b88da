using System.Globalization;

namespace Notify.Storage.Tables;

/// <summary>Renders a CLR value as an OData v3 literal for <c>$filter</c> (PROTOCOLS §3.3).</summary>
internal static class ODataLiteral
{
    public static string Format(object? value) => value switch
    {
        null => throw new ArgumentException("Table filters cannot compare with null.", nameof(value)),
        string text => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'",
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture) + "L",
        double number => FormatDouble(number),
        DateTimeOffset time => $"datetime'{time.UtcDateTime.ToString(TableEntityJsonWriter.DateTimeFormat, CultureInfo.InvariantCulture)}'",
        DateTime { Kind: DateTimeKind.Utc } time => $"datetime'{time.ToString(TableEntityJsonWriter.DateTimeFormat, CultureInfo.InvariantCulture)}'",
        DateTime time => throw new ArgumentException(
            $"A DateTime of kind {time.Kind} is ambiguous in a table filter; pass a UTC DateTime or a DateTimeOffset.", nameof(value)),
        Guid guid => $"guid'{guid:D}'",
        byte[] bytes => $"X'{System.Convert.ToHexStringLower(bytes)}'",
        _ => throw new ArgumentException(
            $"A {value.GetType().Name} cannot be rendered in a table filter; use string, bool, int, long, double, DateTimeOffset, UTC DateTime, Guid or byte[].",
            nameof(value)),
    };

    private static string FormatDouble(double number)
    {
        if (!double.IsFinite(number))
        {
            throw new ArgumentException("NaN and infinities cannot be used in a table filter.", nameof(number));
        }

        var text = number.ToString("R", CultureInfo.InvariantCulture);

        // "2" would be read as an Int32 literal; a Double property compares with a Double literal.
        return text.AsSpan().IndexOfAny('.', 'E') < 0 ? text + ".0" : text;
    }
}
