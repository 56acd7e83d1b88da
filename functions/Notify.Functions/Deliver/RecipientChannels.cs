using Notify.Core.Channels;
using Notify.Core.Registry;
using Notify.Core.Templates;
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
}
