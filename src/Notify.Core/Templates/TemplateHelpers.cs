using System.Globalization;

namespace Notify.Core.Templates;

/// <summary>
/// The closed set of functions templates may call (<c>{{ deadline | cn_date }}</c>). Each takes one value and formats it for a locale:
/// zh-Hans in Chinese, mn-Mong with the same digits and Mongolian words (the Mongolian wording
/// needs native review, like the mn-Mong templates).
/// </summary>
public static class TemplateHelpers
{
    /// <summary>{{ deadline | cn_date }}: 2027-02-25 → 2027年2月25日.</summary>
    public const string ChineseDate = "cn_date";

    /// <summary>{{ amount | yuan }}: 280 → 280元; 1234.5 → 1,234.50元.</summary>
    public const string Yuan = "yuan";

    /// <summary>{{ days | days_left }}: 3 → 还剩3天; 0 → 今天截止; -2 → 已逾期2天.</summary>
    public const string DaysLeft = "days_left";

    /// <summary>{{ phone | mask }}: 13800000000 → 138****0000.</summary>
    public const string Mask = "mask";

    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.Ordinal) { ChineseDate, Yuan, DaysLeft, Mask };

    private const string Mvs = "\u180E";

    /// <summary>zh-Hans 2027年2月25日; mn-Mong "2027 ᠣᠨ 2 ᠰᠠᠷ᠎ᠠ 25", kept short so it fits a 20-character WeChat field.</summary>
    public static string FormatDate(object? value, string locale)
    {
        var date = ToDate(value);
        return locale == TemplateLocales.MongolianTraditional
            ? $"{date.Year} ᠣᠨ {date.Month} ᠰᠠᠷ{Mvs}ᠠ {date.Day}"
            : $"{date.Year}年{date.Month}月{date.Day}日";
    }

    /// <summary>Whole amounts without decimals, others with two; thousands grouped with a comma from 1,000 up.</summary>
    public static string FormatYuan(object? value, string locale)
    {
        var amount = ToDecimal(value);
        var digits = amount.ToString(decimal.Truncate(amount) == amount ? "#,0" : "#,0.00", CultureInfo.InvariantCulture);
        return locale == TemplateLocales.MongolianTraditional ? $"{digits} ᠶᠤᠸᠠᠨ" : $"{digits}元";
    }

    public static string FormatDaysLeft(object? value, string locale)
    {
        var days = decimal.ToInt32(ToDecimal(value));
        if (locale == TemplateLocales.MongolianTraditional)
        {
            return days switch
            {
                > 0 => $"{days} ᠡᠳᠦᠷ ᠦᠯᠡᠳᠡᠪᠡ",
                0 => "ᠥᠨᠥᠳᠥᠷ ᠳᠠᠭᠤᠰᠤᠨ᠎ᠠ",
                _ => $"{-days} ᠡᠳᠦᠷ ᠬᠣᠴᠣᠷᠠᠪᠠ",
            };
        }

        return days switch
        {
            > 0 => $"还剩{days}天",
            0 => "今天截止",
            _ => $"已逾期{-days}天",
        };
    }

    /// <summary>Keeps the first 3 and last 4 characters of numbers of 8 or more, otherwise the first and last; an email keeps its first letter and domain.</summary>
    public static string FormatMask(object? value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at > 0)
        {
            return string.Concat(text.AsSpan(0, 1), "***", text.AsSpan(at));
        }

        if (text.Length >= 8)
        {
            return string.Concat(text.AsSpan(0, 3), new string('*', text.Length - 7), text.AsSpan(text.Length - 4));
        }

        return text.Length <= 2 ? new string('*', text.Length) : string.Concat(text.AsSpan(0, 1), new string('*', text.Length - 2), text.AsSpan(text.Length - 1));
    }

    /// <summary>Formats with the named function; throws <see cref="ArgumentException"/> for a name outside the closed set.</summary>
    public static string Format(string helper, object? value, string locale) => helper switch
    {
        ChineseDate => FormatDate(value, locale),
        Yuan => FormatYuan(value, locale),
        DaysLeft => FormatDaysLeft(value, locale),
        Mask => FormatMask(value),
        _ => throw new ArgumentException($"'{helper}' is not a template function.", nameof(helper)),
    };

    private static DateOnly ToDate(object? value) => value switch
    {
        DateOnly date => date,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        DateTimeOffset offset => DateOnly.FromDateTime(offset.DateTime),
        string text when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
        string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var offset) => DateOnly.FromDateTime(offset.DateTime),
        _ => throw new FormatException($"{ChineseDate} needs a date (yyyy-MM-dd), not {Describe(value)}."),
    };

    private static decimal ToDecimal(object? value) => value switch
    {
        decimal number => number,
        int number => number,
        long number => number,
        double number => (decimal)number,
        float number => (decimal)number,
        string text when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => number,
        _ => throw new FormatException($"a number is needed, not {Describe(value)}."),
    };

    private static string Describe(object? value) => value is null ? "nothing" : $"a {value.GetType().Name}";
}
