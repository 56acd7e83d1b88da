using System.Globalization;
using System.Text.RegularExpressions;

namespace Notify.Core.Items;

/// <summary>"每年3、6、9、12月10日前报送": one yearly duty in each listed month, on the day they share.</summary>
internal static class MonthListReader
{
    public static void Read(ScannedLine line)
    {
        if (!line.Text.Contains("每年", StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match match in TimePatterns.MonthList().Matches(line.Text))
        {
            ReadOne(line, match);
        }
    }

    private static void ReadOne(ScannedLine line, Match match)
    {
        var text = line.Text;
        var start = match.Index;
        var end = match.Index + match.Length;
        var trailing = TimeCues.Trailing(text, end);
        if (line.Layout.InTitle(start) || CalendarReader.HasPast(line, start)
            || !(trailing is TrailingCue.Before or TrailingCue.Until || CueWords.TaskVerbAt(text, end)))
        {
            return;
        }

        var months = Months(match.Groups["months"].Value);
        var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture)
            : match.Groups["mp"].Value switch { "上旬" => 10, "中旬" => 20, _ => -1 };
        line.Claim(start, end);
        var rule = string.Create(CultureInfo.InvariantCulture, $"FREQ=YEARLY;BYMONTH={string.Join(',', months)};BYMONTHDAY={day}");
        if (AddYearly(line, start, end, rule) is not (var draft, { } year))
        {
            return;
        }

        draft.Date = FirstOccurrence(months, day, year, line.Context.SigningDate);
        draft.Because($"repeats every year in months {string.Join(',', months)}; first occurrence {draft.Date:yyyy-MM-dd}");
    }

    /// <summary>A duty due in given months of every year; the year of its first occurrence is the context's, or null (flagged) when there is none.</summary>
    public static (MentionDraft Draft, int? Year) AddYearly(ScannedLine line, int start, int end, string rule)
    {
        var draft = line.Add(new MentionDraft
        {
            Kind = ItemKind.Recurring,
            Start = start,
            End = end,
            Recurrence = rule,
            Inferred = true,
            Confidence = 0.85,
        });
        if (line.Context.ContextYear is not { } year)
        {
            draft.NeedsReview = true;
            draft.Because("no year in the context for the first occurrence");
            return (draft, null);
        }

        return (draft, year);
    }

    private static List<int> Months(string list)
    {
        var months = new List<int>();
        foreach (var part in list.Split(['、', ',', '和', '及', '与', '月'], StringSplitOptions.RemoveEmptyEntries))
        {
            var month = int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture);
            if (!months.Contains(month))
            {
                months.Add(month);
            }
        }

        months.Sort();
        return months;
    }

    /// <summary>The first listed day in the context year on or after the signing date, else the first of the next year.</summary>
    private static DateOnly FirstOccurrence(List<int> months, int day, int year, DateOnly? signing)
    {
        foreach (var month in months)
        {
            var date = DayOf(year, month, day);
            if (signing is not { } s || date >= s)
            {
                return date;
            }
        }

        return DayOf(year + 1, months[0], day);
    }

    private static DateOnly DayOf(int year, int month, int day)
    {
        var last = DateTime.DaysInMonth(year, month);
        return new DateOnly(year, month, day < 0 || day > last ? last : day);
    }
}
