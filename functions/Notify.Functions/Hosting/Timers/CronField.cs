using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Notify.Functions.Hosting.Timers;

/// <summary>
/// One of the six NCRONTAB fields: its name, its allowed values and, for month and day-of-week,
/// the 3-letter names. Parses one field's text into a bit mask of the values it allows.
/// </summary>
internal sealed class CronField
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    private readonly string[]? _names;
    private readonly int _firstNameValue;
    private readonly string _nameHint;

    private CronField(string name, int min, int max, string[]? names = null, int firstNameValue = 0, string nameHint = "")
    {
        Name = name;
        Min = min;
        Max = max;
        _names = names;
        _firstNameValue = firstNameValue;
        _nameHint = nameHint;
    }

    public static CronField Second { get; } = new("second", 0, 59);

    public static CronField Minute { get; } = new("minute", 0, 59);

    public static CronField Hour { get; } = new("hour", 0, 23);

    public static CronField Day { get; } = new("day", 1, 31);

    public static CronField Month { get; } = new("month", 1, 12, MonthNames, 1, " or a month name Jan..Dec");

    /// <summary>0 and 7 both mean Sunday; 7 is folded into 0 after parsing.</summary>
    public static CronField DayOfWeek { get; } = new("day-of-week", 0, 7, DayNames, 0, " or a day name Sun..Sat");

    /// <summary>The six fields in expression order.</summary>
    public static IReadOnlyList<CronField> All { get; } = [Second, Minute, Hour, Day, Month, DayOfWeek];

    public string Name { get; }

    public int Min { get; }

    public int Max { get; }

    /// <summary>Where <c>*</c> and <c>a/n</c> stop: Saturday for day-of-week, so Sunday is not counted twice.</summary>
    private int WildcardMax => this == DayOfWeek ? 6 : Max;

    private string Range => string.Create(CultureInfo.InvariantCulture, $"{Min}-{Max}");

    /// <summary>
    /// Parses <paramref name="text"/> (one whitespace-free field) into a mask with bit <c>v</c> set for
    /// every allowed value <c>v</c>. On failure <paramref name="error"/> names the field, the token and the range.
    /// </summary>
    public bool TryParse(string text, out ulong mask, [NotNullWhen(false)] out string? error)
    {
        mask = 0;
        foreach (var item in text.Split(','))
        {
            if (!TryParseItem(item, text, out var itemMask, out error))
            {
                return false;
            }

            mask |= itemMask;
        }

        if (this == DayOfWeek && (mask & (1UL << 7)) != 0)
        {
            mask = (mask & ~(1UL << 7)) | 1UL;
        }

        error = null;
        return true;
    }

    private bool TryParseItem(string item, string field, out ulong mask, [NotNullWhen(false)] out string? error)
    {
        mask = 0;
        if (item.Length == 0)
        {
            error = $"{Name} field '{field}' has an empty list item; list values as a,b,c within {Range}";
            return false;
        }

        var rangeText = item;
        var step = 1;
        var slash = item.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            rangeText = item[..slash];
            var stepText = item[(slash + 1)..];
            if (!int.TryParse(stepText, NumberStyles.None, CultureInfo.InvariantCulture, out step) || step < 1)
            {
                error = $"{Name} field step '{stepText}' in '{item}' must be a whole number of at least 1 (values {Range})";
                return false;
            }
        }

        int start;
        int end;
        if (rangeText == "*")
        {
            start = Min;
            end = WildcardMax;
        }
        else
        {
            var dash = rangeText.IndexOf('-', StringComparison.Ordinal);
            var startText = dash >= 0 ? rangeText[..dash] : rangeText;
            if (!TryParseValue(startText, out start, out error))
            {
                return false;
            }

            if (dash >= 0)
            {
                if (!TryParseValue(rangeText[(dash + 1)..], out end, out error))
                {
                    return false;
                }

                if (end < start)
                {
                    error = $"{Name} field range '{rangeText}' runs backwards; write it low-high within {Range}";
                    return false;
                }
            }
            else
            {
                // "a/n" means from a to the top of the range every n; a bare "a" is just a.
                end = slash >= 0 ? WildcardMax : start;
            }
        }

        for (long value = start; value <= end; value += step)
        {
            mask |= 1UL << (int)value;
        }

        error = null;
        return true;
    }

    private bool TryParseValue(string token, out int value, [NotNullWhen(false)] out string? error)
    {
        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            if (value < Min || value > Max)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"{Name} field value {value} is outside {Range}");
                return false;
            }

            error = null;
            return true;
        }

        if (_names is not null && token.Length == 3)
        {
            var index = Array.FindIndex(_names, name => string.Equals(name, token, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                value = _firstNameValue + index;
                error = null;
                return true;
            }
        }

        error = $"{Name} field token '{token}' is not a number in {Range}{_nameHint}";
        return false;
    }
}
