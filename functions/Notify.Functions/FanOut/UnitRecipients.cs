using Notify.Core.Registry;
using Notify.Core.Units;
using Notify.Functions.Acknowledgements;
using Notify.Functions.Notices;
using Notify.Functions.Review;
using Notify.Functions.Units;

namespace Notify.Functions.FanOut;

/// <summary>
/// The units of a notice that have not acknowledged its item, with their contacts. Units with no contact on file
/// are reached through the issuing authority the approver chose (the item's <see cref="ItemDecisions.AuthorityId"/>)
/// when it has a contact: it gets one message, its name followed by the units it stands in for, so it can pass the
/// task on. Without such an issuer, a unit with no contact still gets a delivery row, which records why nothing was sent.
/// </summary>
public sealed class UnitRecipients(UnitContactStore contacts, AcknowledgementStore acknowledgements, PolicyItemStore items)
{
    public const string WeCom = "wecom";

    /// <summary>Units are reached on WeCom first, then SMS, then email.</summary>
    private static readonly string[] Channels = [WeCom, ResidentChannels.Sms, ResidentChannels.Email];

    public async Task<IReadOnlyList<FanOutRecipient>> ForAsync(Notice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var acknowledged = await acknowledgements.AcknowledgedUnitsAsync(notice.ItemId, cancellationToken);
        var pending = notice.UnitIds.Where(unit => !acknowledged.Contains(unit)).Distinct(StringComparer.Ordinal).ToList();
        var item = await items.FindItemEntityAsync(notice.PolicyId, NoticeScheduler.PolicyItemId(notice.PolicyId, notice.ItemId), cancellationToken);
        var issuer = item is null ? null : PolicyItemEntities.ToItem(item).Decisions.AuthorityId;
        return await ReachAsync(pending, issuer, cancellationToken);
    }

    /// <summary>The recipients for <paramref name="unitIds"/>: each unit with a contact, and the issuer standing in for those without.</summary>
    public async Task<IReadOnlyList<FanOutRecipient>> ReachAsync(IReadOnlyList<string> unitIds, string? issuerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unitIds);
        var found = await contacts.FindManyAsync(issuerId is null ? unitIds : unitIds.Append(issuerId).Distinct(StringComparer.Ordinal), cancellationToken);
        var missing = unitIds.Where(unitId => !found.ContainsKey(unitId)).ToList();
        if (missing.Count > 0 && issuerId is not null && found.TryGetValue(issuerId, out var issuer))
        {
            var standIn = From(issuer) with { Name = StandInName(issuer.Name, missing), OnBehalfOf = missing };
            return [.. unitIds.Where(unitId => unitId != issuerId && found.ContainsKey(unitId)).Select(unitId => From(found[unitId])), standIn];
        }

        return [.. unitIds.Select(unitId => found.TryGetValue(unitId, out var contact) ? From(contact) : Unreachable(unitId))];
    }

    /// <summary>"no contact for 市教育局 (baotou.education), …": what a job says about units its issuer stood in for.</summary>
    public static string NoContactFor(IEnumerable<string> unitIds) =>
        "no contact for " + string.Join(", ", unitIds.Select(unitId => $"{NameOf(unitId)} ({unitId})"));

    public static string NameOf(string unitId) => UnitDirectory.LoadDefault().Find(unitId)?.Name ?? unitId;

    /// <summary>The name the stand-in message greets: the issuer, and the units it is asked to pass the task to.</summary>
    private static string StandInName(string issuer, IEnumerable<string> missing) =>
        $"{issuer}（{string.Join("、", missing.Select(NameOf))}无联系人，请转告）";

    private static FanOutRecipient From(UnitContact contact)
    {
        var addresses = new Dictionary<string, string>(StringComparer.Ordinal);
        if (contact.WeComUserIds.Count > 0)
        {
            addresses[WeCom] = string.Join('|', contact.WeComUserIds);
        }

        if (contact.Phones.Count > 0)
        {
            addresses[ResidentChannels.Sms] = contact.Phones[0];
        }

        if (contact.Emails.Count > 0)
        {
            addresses[ResidentChannels.Email] = contact.Emails[0];
        }

        return new FanOutRecipient(contact.UnitId, contact.Name, addresses, Channels, [], ResidentLanguages.Chinese, null);
    }

    private static FanOutRecipient Unreachable(string unitId) =>
        new(unitId, NameOf(unitId), new Dictionary<string, string>(), Channels, [], ResidentLanguages.Chinese, null);
}
