namespace Notify.Core.Csv;

/// <summary>Spreadsheet column letters: 0 → "A", 25 → "Z", 26 → "AA".</summary>
internal static class CsvColumnLetters
{
    public static string Of(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var letters = "";
        for (var rest = index + 1; rest > 0; rest = (rest - 1) / 26)
        {
            letters = (char)('A' + ((rest - 1) % 26)) + letters;
        }

        return letters;
    }
}
