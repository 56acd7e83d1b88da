using Notify.Core.Audiences;
using Notify.Core.Extraction;
using Notify.Core.Scheduling;

namespace Notify.Functions.Notices;

/// <summary>
/// One template kind sent for one approved item: to its units, or to the residents <see cref="Residents"/> selects.
/// <see cref="Variables"/> are the template values every recipient shares (program name, document number …);
/// <see cref="Amounts"/> the contribution per resident category. <see cref="UnpaidOnly"/> narrows each occurrence
/// to residents who have not paid for the year its window covers. <see cref="AuthorityId"/> is the issuing authority
/// the messages speak for: its approved sender profile signs and sends them. <see cref="Event"/> is what the notice is about
/// (<see cref="Notify.Core.Notices.NoticeEvent"/>): a recipient gets one message of a template kind a day per event,
/// whichever item scheduled it; null for notices scheduled before events were recorded.
/// </summary>
public sealed record Notice(
    string ItemId,
    string PolicyId,
    string TemplateKind,
    ItemAudience Audience,
    ResidentAudience Residents,
    bool UnpaidOnly,
    IReadOnlyList<string> UnitIds,
    IReadOnlyDictionary<string, string> Variables,
    IReadOnlyDictionary<string, decimal> Amounts,
    IReadOnlyList<PlannedOccurrence> Occurrences,
    string State,
    string? AuthorityId = null,
    string? Event = null)
{
    /// <summary>The audience of one occurrence: with <see cref="UnpaidOnly"/>, those not paid for the year its window covers.</summary>
    public ResidentAudience AudienceFor(PlannedOccurrence occurrence)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        return UnpaidOnly ? Residents with { UnpaidForYear = CoverageYear(occurrence) } : Residents;
    }

    public PlannedOccurrence? FindOccurrence(string occurrenceId) => Occurrences.FirstOrDefault(occurrence => occurrence.Id == occurrenceId);

    /// <summary>Contributions paid in a window are for the year it ends in (2026-09-01…2027-02-25 pays for 2027).</summary>
    public static int CoverageYear(PlannedOccurrence occurrence)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        return (occurrence.Period?.End ?? occurrence.ForDate).Year;
    }
}
