using System.Text.Json.Serialization;
using Notify.Core.Channels;

namespace Notify.Core.Templates;

/// <summary>A template version's texts in one locale, one per channel it supports.</summary>
public sealed record LocalizedTemplates(
    string Locale,
    SmsTemplate? Sms = null,
    WeChatTemplate? WeChat = null,
    WeComTemplate? WeCom = null,
    EmailTemplate? Email = null)
{
    public bool Has(ChannelKind channel) => channel switch
    {
        ChannelKind.Sms => Sms is not null,
        ChannelKind.WeChat => WeChat is not null,
        ChannelKind.WeCom => WeCom is not null,
        ChannelKind.Email => Email is not null,
        _ => false,
    };

    /// <summary>The channels this locale has a template for.</summary>
    [JsonIgnore]
    public IEnumerable<ChannelKind> Channels => Enum.GetValues<ChannelKind>().Where(Has);

    /// <summary>Every template text of one channel (empty when the channel is absent).</summary>
    public IEnumerable<TemplatePart> Parts(ChannelKind channel)
    {
        switch (channel)
        {
            case ChannelKind.Sms when Sms is not null:
                yield return new(Locale, channel, TemplateParts.Body, Sms.Body);
                break;
            case ChannelKind.WeChat when WeChat is not null:
                foreach (var (name, source) in WeChat.Fields)
                {
                    yield return new(Locale, channel, TemplateParts.Field(name), source);
                }

                if (WeChat.Url is not null)
                {
                    yield return new(Locale, channel, TemplateParts.Url, WeChat.Url);
                }

                break;
            case ChannelKind.WeCom when WeCom is not null:
                yield return new(Locale, channel, TemplateParts.Title, WeCom.Title);
                yield return new(Locale, channel, TemplateParts.Description, WeCom.Description);
                yield return new(Locale, channel, TemplateParts.Url, WeCom.Url);
                yield return new(Locale, channel, TemplateParts.ButtonText, WeCom.ButtonText);
                break;
            case ChannelKind.Email when Email is not null:
                yield return new(Locale, channel, TemplateParts.Subject, Email.Subject);
                yield return new(Locale, channel, TemplateParts.Html, Email.Html);
                yield return new(Locale, channel, TemplateParts.Text, Email.Text);
                break;
            default:
                break;
        }
    }

    /// <summary>Every template text of every channel.</summary>
    public IEnumerable<TemplatePart> Parts() => Channels.SelectMany(Parts);

    /// <summary>The same templates with every text passed through <paramref name="rewrite"/> (ids and registered fields kept).</summary>
    public LocalizedTemplates Rewrite(Func<string, string> rewrite)
    {
        ArgumentNullException.ThrowIfNull(rewrite);
        return this with
        {
            Sms = Sms is null ? null : new SmsTemplate(rewrite(Sms.Body)),
            WeChat = WeChat is null ? null : WeChat with
            {
                Fields = WeChat.Fields.ToDictionary(field => field.Key, field => rewrite(field.Value), StringComparer.Ordinal),
                Url = WeChat.Url is null ? null : rewrite(WeChat.Url),
            },
            WeCom = WeCom is null ? null : new WeComTemplate(rewrite(WeCom.Title), rewrite(WeCom.Description), rewrite(WeCom.Url), rewrite(WeCom.ButtonText)),
            Email = Email is null ? null : new EmailTemplate(rewrite(Email.Subject), rewrite(Email.Html), rewrite(Email.Text)),
        };
    }
}
