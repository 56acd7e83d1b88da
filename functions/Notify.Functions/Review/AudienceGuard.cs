using Notify.Core.Extraction;
using Notify.Core.Units;
using Notify.Functions.FanOut;
using Notify.Functions.Notices;

namespace Notify.Functions.Review;

/// <summary>
/// Refuses an approval that would send to nobody: a resident notice no registered resident matches, or a unit notice
/// none of whose units has a contact. Units without a contact do not block when the item's issuing authority has one:
/// their messages go to the issuer, named as standing in for them (<see cref="UnitRecipients"/>).
/// </summary>
public sealed class AudienceGuard(NoticeScheduler scheduler, ResidentPager residents, UnitRecipients units, TimeProvider clock) : IApprovalGuard
{
    public async Task<string?> BlockerAsync(PolicyItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var prepared = await scheduler.PrepareAsync(item, clock.GetUtcNow(), cancellationToken);
        foreach (var notice in prepared.Notices)
        {
            var blocker = notice.Audience == ItemAudience.Units
                ? await UnitBlockerAsync(item, notice, cancellationToken)
                : await ResidentBlockerAsync(item, notice, cancellationToken);
            if (blocker is not null)
            {
                return blocker;
            }
        }

        return null;
    }

    private async Task<string?> ResidentBlockerAsync(PolicyItem item, Notice notice, CancellationToken cancellationToken)
    {
        var audiences = notice.Occurrences.Select(notice.AudienceFor).ToList();
        await foreach (var resident in residents.ReadRegionsOfAsync(audiences, cancellationToken))
        {
            if (audiences.Zip(notice.Occurrences).Any(pair => pair.First.Includes(resident, pair.Second.ForDate)))
            {
                return null;
            }
        }

        var groups = item.Item.ResidentGroups.Count > 0 ? "groups " + string.Join("、", item.Item.ResidentGroups) : "any group";
        var regions = notice.Residents.Regions.Count > 0 ? "in regions " + AudienceWords.Regions(notice.Residents.Regions) : "in any region";
        return $"No resident matches {groups} {regions} ({AudienceWords.Describe(notice.Residents)}): approving would send {notice.TemplateKind} to nobody. "
            + "Correct the groups or the lead units by PATCH, import the residents, or reject the item.";
    }

    private async Task<string?> UnitBlockerAsync(PolicyItem item, Notice notice, CancellationToken cancellationToken)
    {
        var recipients = await units.ReachAsync(notice.UnitIds, item.Decisions.AuthorityId, cancellationToken);
        if (recipients.Any(recipient => recipient.Addresses.Count > 0))
        {
            return null;
        }

        var lead = item.Item.LeadUnits.Count > 0 ? item.Item.LeadUnits : item.Item.CooperatingUnits;
        var named = lead.Select(unit => unit.UnitId is null ? $"{unit.Name} (not in the unit directory)"
            : UnitDirectory.LoadDefault().Find(unit.UnitId) is { IsGroup: true } ? $"{unit.Name} ({unit.UnitId}, a group of units with no contact of its own)"
            : $"{unit.Name} ({unit.UnitId})");
        var issuer = item.Decisions.AuthorityId is { } authority ? $"; the issuing authority {UnitRecipients.NameOf(authority)} ({authority}) has no contact either" : "";
        return $"None of the lead units has a contact: {string.Join(", ", named)}{issuer}. "
            + "Add contacts with PUT /api/units/{unitId}/contacts, name single units by PATCH, or choose an issuing authority that has a contact (authority).";
    }
}
