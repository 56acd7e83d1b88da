using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace Notify.Core.Items;

/// <summary>
/// Finds the time-bound statements of one normalized logical line: deadlines, effective dates, windows,
/// repetitions, targets, and duties whose timing is vague. Dates the text leaves to its context are resolved
/// against <see cref="TimeContext"/> and marked inferred; what cannot be resolved is flagged for review,
/// never guessed. Look-alikes (years in cited 文号 and titles, ratios, counts, standard numbers, statistics'
/// as-of dates, publication and signature dates, history) produce nothing.
/// </summary>
public sealed class TimeExpressionExtractor
{
    /// <summary>A line holding none of these characters has no time expression (年月日, 每, 季, 期, 时 of 及时/适时, 限, 尽, 按, a dotted date).</summary>
    private static readonly SearchValues<char> TimeWordChars = SearchValues.Create("年月日号每季旬期时限尽按末./-－");

    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "A service callers hold and inject; the shared contract is an instance method.")]
    public IReadOnlyList<TimeMention> Extract(string text, TimeContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(text) || (context.Block is null && text.AsSpan().IndexOfAny(TimeWordChars) < 0))
        {
            return [];
        }

        var row = TableRow.Read(text);
        var lineContext = row?.Year is { } rowYear ? context with { DefaultYear = rowYear } : context;
        var line = new ScannedLine(ScanText.From(text), lineContext, tableRow: row is not null);
        CalendarReader.CollectSpans(line);
        if (IsDateOnly(line))
        {
            return [];
        }

        DocumentRelativeReader.Read(line);
        MonthListReader.Read(line);
        CalendarReader.Read(line);
        ValidityReader.Attach(line);
        RepetitionReader.Read(line);
        VagueTimingReader.Read(line);
        DurationReader.Read(line);
        if (line.Drafts.Count == 0 && context.Block is { } block)
        {
            BlockTaskReader.Read(line, block);
        }

        var mentions = new List<TimeMention>(line.Drafts.Count + (row?.YearCells.Count ?? 0));
        if (row is not null)
        {
            AddYearCells(row, text, mentions);
        }

        foreach (var draft in line.Drafts)
        {
            var mention = ToMention(line, draft);
            if (!mentions.Exists(m => Duplicates(m, mention, row is not null)))
            {
                mentions.Add(mention);
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    /// <summary>A line that is nothing but a date ("2019年12月13日", "2019年9月") is a signature or a heading.</summary>
    private static bool IsDateOnly(ScannedLine line)
    {
        if (line.Calendar.Count != 1)
        {
            return false;
        }

        var span = line.Calendar[0];
        var text = line.Text.AsSpan();
        return span.Form is CalendarForm.Day or CalendarForm.Month
            && text[..span.Start].Trim("（(“ ").IsEmpty
            && text[span.End..].Trim("）)”。 ").IsEmpty;
    }

    private static void AddYearCells(TableRow row, string text, List<TimeMention> mentions)
    {
        foreach (var (start, length, year) in row.YearCells)
        {
            mentions.Add(new TimeMention
            {
                Kind = ItemKind.Deadline,
                Date = new DateOnly(year, 12, 31),
                Start = start,
                Length = length,
                SentenceStart = 0,
                SentenceLength = text.Length,
                Inferred = true,
                NeedsReview = true,
                Reasons = ["year-only table cell read as the year things are due", $"due by the end of {year}"],
                Confidence = 0.6,
            });
        }
    }

    private static TimeMention ToMention(ScannedLine line, MentionDraft draft)
    {
        var (start, length) = line.Scan.ToOriginal(draft.Start, draft.End - draft.Start);
        var (sentenceStart, sentenceEnd) = line.Layout.SentenceAt(draft.Start);
        var (originalSentenceStart, originalSentenceLength) = line.Scan.ToOriginal(sentenceStart, sentenceEnd - sentenceStart);
        // The commitment may sit in the clause after the time ("到2022年，市本级力争…").
        var clauseEnd = line.Layout.ClauseEnd(Math.Min(draft.End, line.Text.Length));
        clauseEnd = clauseEnd < sentenceEnd && line.Text[clauseEnd] == '，' ? line.Layout.ClauseEnd(clauseEnd + 1) : clauseEnd;
        return new TimeMention
        {
            Kind = draft.Kind,
            Date = draft.Date,
            EndDate = draft.EndDate,
            Recurrence = draft.Recurrence,
            Start = start,
            Length = length,
            SentenceStart = originalSentenceStart,
            SentenceLength = originalSentenceLength,
            Commitment = CueWords.CommitmentOf(line.Text, SemicolonStart(line.Text, sentenceStart, draft.Start), draft.Start, clauseEnd),
            Inferred = draft.Inferred,
            FromBlock = draft.FromBlock,
            NeedsReview = draft.NeedsReview,
            Reasons = [.. draft.Reasons],
            Confidence = draft.NeedsReview ? Math.Min(draft.Confidence, 0.5) : draft.Confidence,
        };
    }

    /// <summary>Where the part of the sentence holding <paramref name="at"/> starts: "；" separates one commitment from the next.</summary>
    private static int SemicolonStart(string text, int sentenceStart, int at)
    {
        var semicolon = at > sentenceStart ? text.LastIndexOf('；', at - 1, at - sentenceStart) : -1;
        return semicolon >= 0 ? semicolon + 1 : sentenceStart;
    }

    /// <summary>The same span read twice, or, in a table row, the same due date stated in two cells.</summary>
    private static bool Duplicates(TimeMention existing, TimeMention candidate, bool tableRow)
        => (existing.Start < candidate.Start + Math.Max(1, candidate.Length) && candidate.Start < existing.Start + Math.Max(1, existing.Length))
           || (tableRow && existing.Date is not null && existing.Date == candidate.Date && existing.EndDate == candidate.EndDate);
}
