using Notify.Core.Templates;

namespace Notify.Functions.Templates;

/// <summary>A template version as the API shows it; <see cref="Content"/> only when one version is read.</summary>
public sealed record TemplateVersionView(
    string Key,
    int Version,
    string State,
    string Source,
    string EditedBy,
    DateTimeOffset EditedAt,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    TemplateContent? Content)
{
    public static TemplateVersionView From(TemplateVersion version, bool withContent = true) => new(
        version.Key, version.Version, version.State, version.Source, version.EditedBy, version.EditedAt,
        version.ApprovedBy, version.ApprovedAt, withContent ? version.Content : null);
}
