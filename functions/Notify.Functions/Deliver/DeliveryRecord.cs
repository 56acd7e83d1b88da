using Notify.Core.Channels;

namespace Notify.Functions.Deliver;

/// <summary>One delivery: channel, template version used, provider message id, status with its reason and the provider's raw answer.</summary>
public sealed record DeliveryRecord(
    string DeliveryId,
    ChannelKind Channel,
    DeliveryStatus Status,
    string? TemplateKey,
    int? TemplateVersion,
    string? ProviderMessageId,
    string? ErrorCode,
    string? Reason,
    string? RawResponse,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
