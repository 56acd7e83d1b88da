using System.Globalization;

namespace Notify.Core.Text;

/// <summary>Reads the calendar dates found on signature lines and web-page chrome.</summary>
internal static class CalendarDates
{
    public static DateOnly? Create(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>The date in a match's "year", "month" and "day" groups of ASCII digits.</summary>
    public static DateOnly? FromGroups(System.Text.RegularExpressions.Match match) =>
        Create(ParseAscii(match.Groups["year"].ValueSpan), ParseAscii(match.Groups["month"].ValueSpan), ParseAscii(match.Groups["day"].ValueSpan));

    public static int ParseAscii(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>A year written digit by digit in Chinese numerals: 二〇一九 → 2019.</summary>
    public static int? ParseChineseYear(ReadOnlySpan<char> text)
    {
        var year = 0;
        foreach (var c in text)
        {
            var digit = ChineseDigit(c);
            if (digit < 0)
            {
                return null;
            }

            year = (year * 10) + digit;
        }

        return year;
    }

    /// <summary>A month or day in Chinese numerals: 九 → 9, 十 → 10, 十六 → 16, 二十 → 20, 三十一 → 31.</summary>
    public static int? ParseChineseSmallNumber(ReadOnlySpan<char> text)
    {
        var ten = text.IndexOf('十');
        if (ten < 0)
        {
            return text.Length == 1 && ChineseDigit(text[0]) > 0 ? ChineseDigit(text[0]) : null;
        }

        var tens = ten == 0 ? 1 : ten == 1 ? ChineseDigit(text[0]) : -1;
        var units = ten == text.Length - 1 ? 0 : ten == text.Length - 2 ? ChineseDigit(text[^1]) : -1;
        return tens > 0 && units >= 0 ? (tens * 10) + units : null;
    }

    private static int ChineseDigit(char c) => c switch
    {
        '〇' or '零' or '○' or 'O' or 'Ｏ' or '0' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };
}
