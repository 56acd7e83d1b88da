using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Notify.Core.Channels;
using Notify.Core.Templates;

namespace Notify.Functions.Deliver;

/// <summary>
/// The rendered message per channel, rendered only when a channel is actually tried: most recipients take their
/// first channel, so the others are never rendered. An SMS starts with <paramref name="smsSignature"/> when one is given.
/// </summary>
public sealed class LazyContentDictionary(TemplateRenderer renderer, TemplateContent template, string locale, IReadOnlyDictionary<string, object?> data, string? smsSignature = null)
    : IReadOnlyDictionary<ChannelKind, MessageContent>
{
    private readonly Dictionary<ChannelKind, MessageContent> _rendered = [];

    public MessageContent this[ChannelKind key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No {key} template.");

    public IEnumerable<ChannelKind> Keys => Enum.GetValues<ChannelKind>().Where(ContainsKey);

    public IEnumerable<MessageContent> Values => Keys.Select(key => this[key]);

    public int Count => Keys.Count();

    public bool ContainsKey(ChannelKind key) => template.Locales.Values.Any(localized => localized.Has(key));

    public bool TryGetValue(ChannelKind key, [MaybeNullWhen(false)] out MessageContent value)
    {
        if (!_rendered.TryGetValue(key, out value))
        {
            if (!ContainsKey(key))
            {
                return false;
            }

            value = renderer.Render(template, locale, key, data);
            if (value is SmsContent sms && smsSignature is not null)
            {
                value = new SmsContent(SmsSignature.Sign(smsSignature, sms.Body));
            }

            _rendered[key] = value;
        }

        return true;
    }

    public IEnumerator<KeyValuePair<ChannelKind, MessageContent>> GetEnumerator() => Keys.Select(key => KeyValuePair.Create(key, this[key])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
