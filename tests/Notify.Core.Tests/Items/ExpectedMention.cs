using System.Globalization;
using Notify.Core.Items;

namespace Notify.Core.Tests.Items;

/// <summary>"Deadline 2023-10-31", "Window 2018-09-01..2019-02-25 rrule=FREQ=YEARLY;… review soft".</summary>
public sealed record ExpectedMention(ItemKind Kind, DateOnly? Date, DateOnly? EndDate, string? Recurrence, bool NeedsReview, Commitment? Commitment)
{
    public static ExpectedMention Parse(string text)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kind = Enum.Parse<ItemKind>(tokens[0]);
        DateOnly? date = null;
        DateOnly? end = null;
        if (tokens[1] != "_")
        {
            var dates = tokens[1].Split("..");
            date = DateOnly.Parse(dates[0], CultureInfo.InvariantCulture);
            end = dates.Length > 1 ? DateOnly.Parse(dates[1], CultureInfo.InvariantCulture) : null;
        }

        var recurrence = tokens.Skip(2).FirstOrDefault(t => t.StartsWith("rrule=", StringComparison.Ordinal))?["rrule=".Length..];
        Commitment? commitment = tokens.Contains("hard") ? Core.Items.Commitment.Hard : tokens.Contains("soft") ? Core.Items.Commitment.Soft : null;
        return new ExpectedMention(kind, date, end, recurrence, tokens.Contains("review"), commitment);
    }

    public bool Matches(TimeMention mention)
        => mention.Kind == Kind && mention.Date == Date && mention.EndDate == EndDate && mention.Recurrence == Recurrence
           && mention.NeedsReview == NeedsReview && (Commitment is null || mention.Commitment == Commitment);

    public override string ToString()
        => $"{Kind} {Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "_"}{(EndDate is { } e ? ".." + e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")}"
           + $"{(Recurrence is null ? "" : " rrule=" + Recurrence)}{(NeedsReview ? " review" : "")}{(Commitment is { } c ? " " + c : "")}";

    public static string Describe(TimeMention mention)
        => new ExpectedMention(mention.Kind, mention.Date, mention.EndDate, mention.Recurrence, mention.NeedsReview, mention.Commitment).ToString();
}
