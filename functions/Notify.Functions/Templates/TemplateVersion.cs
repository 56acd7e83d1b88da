using Notify.Core.Templates;

namespace Notify.Functions.Templates;

/// <summary>One immutable version of a notice kind's templates, with who wrote and who approved it.</summary>
public sealed record TemplateVersion(
    string Key,
    int Version,
    string State,
    string Source,
    TemplateContent Content,
    string ContentSha256,
    string EditedBy,
    string EditedByKeyId,
    DateTimeOffset EditedAt,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt);
