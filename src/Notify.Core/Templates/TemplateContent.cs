using Notify.Core.Channels;

namespace Notify.Core.Templates;

/// <summary>
/// What one version of one template holds: its texts per locale and channel, and its options.
/// A version is immutable once saved, which is what lets compiled templates be cached by
/// (<see cref="Key"/>, <see cref="Version"/>).
/// </summary>
public sealed record TemplateContent(string Key, int Version, TemplateOptions Options, IReadOnlyDictionary<string, LocalizedTemplates> Locales)
{
    /// <summary>The texts of a locale, or of <see cref="TemplateLocales.Default"/> when that locale has none.</summary>
    public LocalizedTemplates ForLocale(string locale) =>
        Locales.TryGetValue(locale, out var localized) ? localized
        : Locales.TryGetValue(TemplateLocales.Default, out var fallback) ? fallback
        : throw new InvalidOperationException($"Template {Key} v{Version} has no {TemplateLocales.Default} texts.");

    /// <summary>The texts of a locale for one channel, falling back to <see cref="TemplateLocales.Default"/> when that locale lacks the channel.</summary>
    public LocalizedTemplates ForLocale(string locale, ChannelKind channel)
    {
        var localized = ForLocale(locale);
        if (localized.Has(channel))
        {
            return localized;
        }

        return Locales.TryGetValue(TemplateLocales.Default, out var fallback) && fallback.Has(channel)
            ? fallback
            : throw new InvalidOperationException($"Template {Key} v{Version} has no {channel} template.");
    }

    /// <summary>Every template text of every locale and channel.</summary>
    public IEnumerable<TemplatePart> Parts() => Locales.Values.SelectMany(localized => localized.Parts());
}
