using System.Globalization;

namespace Notify.Core.Items;

/// <summary>Reads the small Chinese numerals that count years, months, days and times ("二〇二三", "十二", "三十一", "两").</summary>
internal static class ChineseNumeral
{
    /// <summary>The ASCII digits for <paramref name="run"/>, or null when it is not a numeral this reader trusts before <paramref name="unit"/>.</summary>
    public static string? ToDigits(ReadOnlySpan<char> run, char unit)
    {
        var ten = run.IndexOf('十');
        if (ten >= 0)
        {
            return run.LastIndexOf('十') == ten ? WithTen(run, ten) : null;
        }

        if (run.Length == 1)
        {
            var single = Digit(run[0], allowZero: false, allowLiang: true);
            return single > 0 ? single.ToString(CultureInfo.InvariantCulture) : null;
        }

        // Digit by digit only for a written-out year ("二〇二三年").
        if (run.Length != 4 || unit != '年')
        {
            return null;
        }

        Span<char> digits = stackalloc char[4];
        for (var i = 0; i < 4; i++)
        {
            var d = Digit(run[i], allowZero: true, allowLiang: false);
            if (d < 0)
            {
                return null;
            }

            digits[i] = (char)('0' + d);
        }

        return new string(digits);
    }

    private static string? WithTen(ReadOnlySpan<char> run, int ten)
    {
        int tens;
        if (ten == 0)
        {
            tens = 1;
        }
        else if (ten == 1)
        {
            tens = Digit(run[0], allowZero: false, allowLiang: false);
        }
        else
        {
            return null;
        }

        int ones;
        if (ten == run.Length - 1)
        {
            ones = 0;
        }
        else if (ten == run.Length - 2)
        {
            ones = Digit(run[^1], allowZero: false, allowLiang: false);
        }
        else
        {
            return null;
        }

        return tens > 0 && ones >= 0 ? (tens * 10 + ones).ToString(CultureInfo.InvariantCulture) : null;
    }

    private static int Digit(char c, bool allowZero, bool allowLiang) => c switch
    {
        '〇' or '零' when allowZero => 0,
        '一' => 1,
        '二' => 2,
        '两' when allowLiang => 2,
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
