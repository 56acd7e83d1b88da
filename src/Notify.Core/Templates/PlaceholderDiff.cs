namespace Notify.Core.Templates;

/// <summary>The variables a newer template version uses that an older one did not, and the other way round, shown to approvers.</summary>
public sealed record PlaceholderDiff(IReadOnlyList<string> Added, IReadOnlyList<string> Removed)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0;

    public static PlaceholderDiff Between(TemplateContent older, TemplateContent newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var before = Placeholders(older);
        var after = Placeholders(newer);
        return new([.. after.Except(before).Order(StringComparer.Ordinal)], [.. before.Except(after).Order(StringComparer.Ordinal)]);
    }

    /// <summary>Every variable any part of a version reads.</summary>
    public static IReadOnlySet<string> Placeholders(TemplateContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.Parts().SelectMany(part => TemplateAnalyzer.Analyze(part.Source).VariableNames).ToHashSet(StringComparer.Ordinal);
    }
}
