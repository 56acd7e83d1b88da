using System.Globalization;
using Notify.Core.Scheduling;
using Notify.Functions.FanOut;
using Notify.Functions.Notices;

namespace Notify.Functions.Deliver;

/// <summary>
/// The template data of one message: the notice's shared variables, the dates of the occurrence, and the recipient's
/// own values (name, amount for their category, acknowledgement link). Templates are strict, so every variable a
/// kind's schema lists is given; ones a kind does not use are ignored by its templates.
/// </summary>
public static class NoticeMessageData
{
    public static Dictionary<string, object?> For(Notice notice, PlannedOccurrence occurrence, FanOutRecipient recipient, DateOnly today, string? ackUrl)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(occurrence);
        ArgumentNullException.ThrowIfNull(recipient);
        var data = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in notice.Variables)
        {
            data[name] = value;
        }

        var end = occurrence.Period?.End ?? occurrence.ForDate;
        data["startDate"] = Iso(occurrence.Period?.Start ?? occurrence.ForDate);
        data["endDate"] = Iso(end);
        data["deadline"] = Iso(occurrence.ForDate);
        data["applyDeadline"] = Iso(end);
        data["effectiveDate"] = Iso(occurrence.ForDate);
        data["period"] = occurrence.ForDate.ToString("yyyy年M月", CultureInfo.InvariantCulture);
        // Negative once the date has passed: an overdue nudge reads 已逾期N天, never 今天截止 again.
        data["daysRemaining"] = end.DayNumber - today.DayNumber;
        data["residentName"] = recipient.Name;
        data["unitName"] = recipient.Name;
        data["amount"] = AmountFor(notice, recipient.Category);
        data["phone"] = recipient.Addresses.GetValueOrDefault("sms") ?? "";
        data["ackUrl"] = ackUrl ?? notice.Variables.GetValueOrDefault("detailUrl");
        return data;
    }

    private static decimal AmountFor(Notice notice, string? category) =>
        category is not null && notice.Amounts.TryGetValue(category, out var amount) ? amount
        : notice.Amounts.Count > 0 ? notice.Amounts.Values.Min() : 0m;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
