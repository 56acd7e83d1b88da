using Notify.Core.Channels;

namespace Notify.Core.Templates;

/// <summary>All compiled parts of one channel's template in one locale, and how their output becomes the channel's message.</summary>
internal sealed class CompiledChannel(CompiledPart[] parts, Func<string[], MessageContent> build)
{
    public MessageContent Render(IReadOnlyDictionary<string, object?> data)
    {
        var rendered = new string[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            rendered[i] = parts[i].Render(data);
        }

        return build(rendered);
    }

    public static CompiledChannel Compile(LocalizedTemplates templates, ChannelKind channel)
    {
        var parts = templates.Parts(channel).Select(TemplateCompiler.Compile).ToArray();
        Func<string[], MessageContent> build = channel switch
        {
            ChannelKind.Sms => rendered => new SmsContent(rendered[0]),
            ChannelKind.WeCom => rendered => new WeComTextCardContent(rendered[0], rendered[1], rendered[2], rendered[3]),
            ChannelKind.Email => rendered => new EmailContent(rendered[0], rendered[1], rendered[2]),
            ChannelKind.WeChat => WeChatBuilder(templates.WeChat!),
            _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
        };
        return new CompiledChannel(parts, build);
    }

    private static Func<string[], MessageContent> WeChatBuilder(WeChatTemplate template)
    {
        var names = template.Fields.Keys.ToArray();
        var hasUrl = template.Url is not null;
        return rendered =>
        {
            var data = new Dictionary<string, string>(names.Length, StringComparer.Ordinal);
            for (var i = 0; i < names.Length; i++)
            {
                data[names[i]] = rendered[i];
            }

            return new WeChatTemplateContent(template.TemplateId, data, hasUrl ? rendered[names.Length] : null);
        };
    }
}
