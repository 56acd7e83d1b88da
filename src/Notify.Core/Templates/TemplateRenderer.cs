using System.Collections.Concurrent;
using Notify.Core.Channels;

namespace Notify.Core.Templates;

/// <summary>
/// Renders a template version into the message a channel sends. Compiled templates are cached per
/// (template key, version, locale, channel) — versions are immutable, so a cached entry never goes
/// stale. Every variable a template uses must be given and non-null, or a
/// <see cref="TemplateRenderException"/> names it and the part; nothing renders as an empty string.
/// </summary>
public sealed class TemplateRenderer
{
    private readonly ConcurrentDictionary<(string Key, int Version, string Locale, ChannelKind Channel), CompiledChannel>? cache;

    public TemplateRenderer()
        : this(cached: true)
    {
    }

    private TemplateRenderer(bool cached)
    {
        cache = cached ? new() : null;
    }

    /// <summary>A renderer that parses every call and caches nothing: for previews of drafts and validation.</summary>
    public static TemplateRenderer Uncached() => new(cached: false);

    public int CachedTemplates => cache?.Count ?? 0;

    public MessageContent Render(TemplateContent content, string locale, ChannelKind channel, IReadOnlyDictionary<string, object?> data)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(data);
        if (cache is null)
        {
            return CompiledChannel.Compile(content.ForLocale(locale, channel), channel).Render(data);
        }

        var compiled = cache.GetOrAdd(
            (content.Key, content.Version, locale, channel),
            static (key, content) => CompiledChannel.Compile(content.ForLocale(key.Locale, key.Channel), key.Channel),
            content);
        return compiled.Render(data);
    }
}
