using Notify.Core.Registry;

namespace Notify.Functions.FanOut;

/// <summary>A resident as a delivery batch carries them: addresses by channel name, preferences, refusals.</summary>
public static class ResidentRecipients
{
    public static FanOutRecipient From(Resident resident, string? capReason)
    {
        ArgumentNullException.ThrowIfNull(resident);
        var addresses = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(addresses, ResidentChannels.WeChat, resident.WeChatOpenId);
        Add(addresses, ResidentChannels.Sms, resident.Phone);
        Add(addresses, ResidentChannels.Email, resident.Email);
        var channels = resident.ChannelPreference.Count > 0 ? resident.ChannelPreference : [ResidentChannels.WeChat, ResidentChannels.Sms, ResidentChannels.Email];
        var optedOut = resident.Consent.Where(pair => !pair.Value).Select(pair => pair.Key).ToList();
        return new FanOutRecipient(resident.Id, resident.Name, addresses, channels, optedOut, resident.Language, resident.Category, capReason);
    }

    private static void Add(Dictionary<string, string> addresses, string channel, string? address)
    {
        if (!string.IsNullOrWhiteSpace(address))
        {
            addresses[channel] = address;
        }
    }
}
