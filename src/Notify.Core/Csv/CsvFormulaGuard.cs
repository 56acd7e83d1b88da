namespace Notify.Core.Csv;

/// <summary>
/// Keeps cells from running as formulas when an exported file is opened in a spreadsheet. A cell that starts with
/// =, +, -, @, a tab or a carriage return is written with a leading apostrophe, which spreadsheets take as "this is
/// text"; a plain signed number (-12, +8613800000000) is left alone, because a spreadsheet only reads it as a number.
/// Reading removes exactly the apostrophe writing added, so an exported file imports back unchanged.
/// </summary>
public static class CsvFormulaGuard
{
    private const char TextMark = '\'';

    /// <summary>True when a spreadsheet would take <paramref name="cell"/> (or it after leading apostrophes) for a formula.</summary>
    public static bool StartsLikeFormula(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var text = cell.AsSpan().TrimStart(TextMark);
        return text switch
        {
            ['+' or '-', ..] => !IsSignedNumber(text[1..]),
            ['=' or '@' or '\t' or '\r', ..] => true,
            _ => false,
        };
    }

    /// <summary>The cell as it is safe to write.</summary>
    public static string Neutralise(string cell) => StartsLikeFormula(cell) ? TextMark + cell : cell;

    /// <summary>The cell as it was before <see cref="Neutralise"/>; other cells unchanged.</summary>
    public static string Restore(string cell) => cell.StartsWith(TextMark) && StartsLikeFormula(cell) ? cell[1..] : cell;

    /// <param name="digits">What follows the sign.</param>
    private static bool IsSignedNumber(ReadOnlySpan<char> digits)
    {
        var point = digits.IndexOf('.');
        var whole = point < 0 ? digits : digits[..point];
        var fraction = point < 0 ? "" : digits[(point + 1)..];
        return whole.Length > 0 && !whole.ContainsAnyExceptInRange('0', '9')
            && (point < 0 || (fraction.Length > 0 && !fraction.ContainsAnyExceptInRange('0', '9')));
    }
}
