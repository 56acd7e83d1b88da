using System.Buffers;
using System.Text.RegularExpressions;

namespace Notify.Core.Items;

/// <summary>
/// Finds a line's calendar expressions and hands each to the reader for its shape: a range of two
/// (<see cref="CalendarRangeReader"/>) or one on its own (<see cref="SingleDateReader"/>).
/// </summary>
internal static class CalendarReader
{
    /// <summary>Every calendar expression holds one of these (年, 月, 季 of 季度, 期 or 末 of 十四五期间/末, a dotted date's separator).</summary>
    private static readonly SearchValues<char> CalendarChars = SearchValues.Create("年月季期末./-");

    public static void CollectSpans(ScannedLine line)
    {
        if (line.Text.AsSpan().IndexOfAny(CalendarChars) < 0)
        {
            return;
        }

        foreach (Match match in TimePatterns.CalendarExpression().Matches(line.Text))
        {
            if (CalendarSpanReader.Read(match, line.Context) is { } span)
            {
                line.Calendar.Add(span);
            }
        }
    }

    public static CalendarSpan? SpanStartingAt(ScannedLine line, int index)
    {
        foreach (var span in line.Calendar)
        {
            if (span.Start == index)
            {
                return span;
            }
        }

        return null;
    }

    public static void Read(ScannedLine line)
    {
        var spans = line.Calendar;
        int? paragraphYear = null;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (line.IsClaimed(span.Start, span.End) || line.Layout.InTitle(span.Start))
            {
                continue;
            }

            if (!span.YearFromContext && span.Period is { } explicitPeriod && span.Form is not (CalendarForm.YearRange or CalendarForm.PlanPeriod or CalendarForm.PlanEnd))
            {
                paragraphYear = explicitPeriod.Last.Year;
            }
            else if (span.YearFromContext && paragraphYear is { } year && year >= (line.Context.ReferenceYear ?? year))
            {
                // "2023年6月底前…，7月底前…": a date without a year follows the year stated before it.
                span = spans[i] = WithYear(span, year, line.Context);
            }

            if (i + 1 < spans.Count && CalendarRangeReader.Connector(line.Text, span.End, spans[i + 1].Start) is { } shift
                && !line.IsClaimed(spans[i + 1].Start, spans[i + 1].End))
            {
                CalendarRangeReader.Read(line, span, spans[i + 1], shift);
                i++;
                continue;
            }

            SingleDateReader.Read(line, span);
        }
    }

    private static CalendarSpan WithYear(CalendarSpan span, int year, TimeContext context)
    {
        if (context.ContextYear == year)
        {
            return span;
        }

        var period = span.Month is not null ? CalendarSpanReader.InYear(span, year)
            : span.Period is { } p ? p.AddYears(year - p.First.Year) : null;
        return span with { Period = period, Reason = $"year {year} taken from earlier in the paragraph" };
    }

    /// <summary>Past-tense marks in the expression's clause or the one after it.</summary>
    public static bool HasPast(ScannedLine line, int index)
    {
        var layout = line.Layout;
        var start = layout.ClauseStart(index);
        var end = layout.ClauseEnd(index);
        if (end < line.Text.Length && line.Text[end] == '，')
        {
            end = layout.ClauseEnd(end + 1);
        }

        return CueWords.HasPastMarker(line.Text, start, end);
    }

    /// <summary>A bare date in a year before the document's own is history, not a plan.</summary>
    public static bool IsHistory(ScannedLine line, CalendarSpan span)
        => line.Context.ReferenceYear is { } reference && span.Period is { } period && period.Last.Year < reference;
}
