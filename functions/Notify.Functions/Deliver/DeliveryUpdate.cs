using Notify.Core.Channels;

namespace Notify.Functions.Deliver;

/// <summary>The status a send leaves on a delivery row; <see cref="NextAttemptAt"/> when it waits to be tried again.</summary>
public sealed record DeliveryUpdate(
    DeliveryKey Key, DeliveryStatus Status, ChannelKind? Channel, string? ProviderMessageId, string? ErrorCode, string? Reason, int? TemplateVersion, DateTimeOffset? NextAttemptAt = null);
