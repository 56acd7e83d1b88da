namespace Notify.Functions.Deliver;

/// <summary>
/// One message in a recipient's history: its job, item and template kind, the template version and channel it went
/// out with, where it stands now and why, when it was due and when its status last moved (Asia/Shanghai).
/// </summary>
public sealed record DeliveryHistoryEntry(
    string JobId,
    string PolicyId,
    string ItemId,
    string TemplateKind,
    int? TemplateVersion,
    string? Channel,
    string Status,
    string? Reason,
    DateTimeOffset Due,
    DateTimeOffset? UpdatedAt);
