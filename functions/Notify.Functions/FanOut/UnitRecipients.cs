using Notify.Core.Registry;
using Notify.Core.Units;
using Notify.Functions.Acknowledgements;
using Notify.Functions.Notices;
using Notify.Functions.Units;

namespace Notify.Functions.FanOut;

/// <summary>The units of a notice that have not acknowledged its item, with their contacts.</summary>
public sealed class UnitRecipients(UnitContactStore contacts, AcknowledgementStore acknowledgements)
{
    public const string WeCom = "wecom";

    /// <summary>Units are reached on WeCom first, then SMS, then email.</summary>
    private static readonly string[] Channels = [WeCom, ResidentChannels.Sms, ResidentChannels.Email];

    public async Task<IReadOnlyList<FanOutRecipient>> ForAsync(Notice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var acknowledged = await acknowledgements.AcknowledgedUnitsAsync(notice.ItemId, cancellationToken);
        var pending = notice.UnitIds.Where(unit => !acknowledged.Contains(unit)).Distinct(StringComparer.Ordinal).ToList();
        var found = await contacts.FindManyAsync(pending, cancellationToken);
        return [.. pending.Select(unitId => found.TryGetValue(unitId, out var contact) ? From(contact) : Unreachable(unitId))];
    }

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

    /// <summary>A unit with no contacts on file still gets a delivery row, which records why nothing was sent.</summary>
    private static FanOutRecipient Unreachable(string unitId) =>
        new(unitId, UnitDirectory.LoadDefault().Find(unitId)?.Name ?? unitId, new Dictionary<string, string>(), Channels, [], ResidentLanguages.Chinese, null);
}
