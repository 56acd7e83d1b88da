using Notify.Core.Channels;

namespace Notify.Core.Templates;

/// <summary>
/// What changed between two template versions, shown to approvers: the variables the newer version uses that the
/// older did not and the other way round, over the whole version (<see cref="Added"/>, <see cref="Removed"/>) and per
/// locale and channel (<see cref="ByChannel"/>: a channel that dropped a variable another channel still uses shows
/// here), and every text that changed.
/// </summary>
public sealed record PlaceholderDiff(
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed,
    IReadOnlyList<ChannelPlaceholderChange> ByChannel,
    IReadOnlyList<ChangedText> ChangedTexts)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && ByChannel.Count == 0 && ChangedTexts.Count == 0;

    public static PlaceholderDiff Between(TemplateContent older, TemplateContent newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var before = Placeholders(older);
        var after = Placeholders(newer);
        return new(Sorted(after.Except(before)), Sorted(before.Except(after)), ChannelChanges(older, newer), TextChanges(older, newer));
    }

    /// <summary>Every variable any part of a version reads.</summary>
    public static IReadOnlySet<string> Placeholders(TemplateContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Placeholders(content.Parts());
    }

    private static List<ChannelPlaceholderChange> ChannelChanges(TemplateContent older, TemplateContent newer)
    {
        var changes = new List<ChannelPlaceholderChange>();
        foreach (var (locale, channel) in LocaleChannels(older).Union(LocaleChannels(newer)).Order())
        {
            var before = Placeholders(PartsOf(older, locale, channel));
            var after = Placeholders(PartsOf(newer, locale, channel));
            if (!before.SetEquals(after))
            {
                changes.Add(new(locale, channel, Sorted(after.Except(before)), Sorted(before.Except(after))));
            }
        }

        return changes;
    }

    private static List<ChangedText> TextChanges(TemplateContent older, TemplateContent newer)
    {
        var before = older.Parts().ToDictionary(part => (part.Locale, part.Channel, part.Part), part => part.Source);
        var after = newer.Parts().ToDictionary(part => (part.Locale, part.Channel, part.Part), part => part.Source);
        var changes = new List<ChangedText>();
        foreach (var place in before.Keys.Union(after.Keys).Order())
        {
            var change = (before.TryGetValue(place, out var old), after.TryGetValue(place, out var current)) switch
            {
                (true, true) when !string.Equals(old, current, StringComparison.Ordinal) => ChangedText.Edited,
                (false, true) => ChangedText.New,
                (true, false) => ChangedText.Dropped,
                _ => null,
            };
            if (change is not null)
            {
                changes.Add(new(place.Locale, place.Channel, place.Part, change));
            }
        }

        return changes;
    }

    private static IEnumerable<(string Locale, ChannelKind Channel)> LocaleChannels(TemplateContent content) =>
        content.Locales.Values.SelectMany(localized => localized.Channels.Select(channel => (localized.Locale, channel)));

    private static IEnumerable<TemplatePart> PartsOf(TemplateContent content, string locale, ChannelKind channel) =>
        content.Locales.TryGetValue(locale, out var localized) ? localized.Parts(channel) : [];

    private static HashSet<string> Placeholders(IEnumerable<TemplatePart> parts) =>
        parts.SelectMany(part => TemplateAnalyzer.Analyze(part.Source).VariableNames).ToHashSet(StringComparer.Ordinal);

    private static string[] Sorted(IEnumerable<string> names) => [.. names.Order(StringComparer.Ordinal)];
}
