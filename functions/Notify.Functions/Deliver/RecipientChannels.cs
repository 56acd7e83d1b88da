using Notify.Core.Channels;
using Notify.Core.Registry;
using Notify.Core.Templates;
using Notify.Functions.Channels;
using Notify.Functions.Consent;
using Notify.Functions.FanOut;

namespace Notify.Functions.Deliver;

/// <summary>Channel names as the registry writes them, mapped to channel kinds, and languages to template locales.</summary>
public static class RecipientChannels
{
    public const string Sms = ResidentChannels.Sms;

    public static ChannelKind? Kind(string name) => name switch
    {
        ResidentChannels.Sms => ChannelKind.Sms,
        ResidentChannels.WeChat => ChannelKind.WeChat,
        ResidentChannels.Email => ChannelKind.Email,
        UnitRecipients.WeCom => ChannelKind.WeCom,
        _ => null,
    };

    public static IReadOnlyDictionary<ChannelKind, string> Addresses(FanOutRecipient recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var addresses = new Dictionary<ChannelKind, string>();
        foreach (var (name, address) in recipient.Addresses)
        {
            if (Kind(name) is { } kind)
            {
                addresses[kind] = address;
            }
        }

        return addresses;
    }

    public static string Locale(string language) =>
        language == ResidentLanguages.Mongolian ? TemplateLocales.MongolianTraditional : TemplateLocales.ChineseSimplified;

    /// <summary>The fallback request for one recipient: their channels in order, addresses, and the channels they refused.</summary>
    public static ChannelFallbackRequest Request(
        string deliveryId, FanOutRecipient recipient, IReadOnlyDictionary<ChannelKind, MessageContent> contents, IReadOnlySet<ChannelKind> optedOut)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        return new ChannelFallbackRequest(deliveryId, [.. recipient.Channels.Select(Kind).OfType<ChannelKind>()], Addresses(recipient), contents)
        {
            OptedOut = optedOut,
        };
    }

    /// <summary>The channels a recipient refused: their consent, and SMS when their number replied STOP.</summary>
    public static async Task<HashSet<ChannelKind>> OptedOutAsync(FanOutRecipient recipient, SmsOptOutCache optOuts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(optOuts);
        var optedOut = recipient.OptedOut.Select(Kind).OfType<ChannelKind>().ToHashSet();
        if (recipient.Addresses.TryGetValue(Sms, out var phone) && await optOuts.IsOptedOutAsync(phone, cancellationToken))
        {
            optedOut.Add(ChannelKind.Sms);
        }

        return optedOut;
    }
}
