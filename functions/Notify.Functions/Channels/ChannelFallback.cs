using Notify.Core.Channels;

namespace Notify.Functions.Channels;

/// <summary>
/// Sends a message on the first of a recipient's preferred channels that takes it. A permanent failure,
/// a suppression, a missing address or an opt-out moves on to the next channel; acceptance stops the run,
/// so a message is never sent on two channels; a temporary or technical failure stops it as deferred,
/// to be retried later on the same channel. Exceptions from a channel propagate (the trigger retries).
/// </summary>
public sealed class ChannelFallback(ChannelRegistry registry)
{
    public async Task<ChannelFallbackResult> SendAsync(ChannelFallbackRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var attempts = new List<ChannelFallbackAttempt>();
        var channels = request.Preference.Distinct().ToList();
        if (request.ResumeAt is { } resumeAt)
        {
            var start = channels.IndexOf(resumeAt);
            channels = start < 0 ? [] : channels[start..];
        }

        foreach (var kind in channels)
        {
            if (Skip(request, kind) is { } skipped)
            {
                attempts.Add(new ChannelFallbackAttempt(kind, skipped, Skipped: true));
                continue;
            }

            var message = new OutboundMessage(request.DeliveryId, kind, request.Addresses[kind], request.Contents[kind]) { Sender = request.Sender };
            var result = await registry.Resolve(kind).SendAsync(message, cancellationToken);
            attempts.Add(new ChannelFallbackAttempt(kind, result));
            switch (result.Outcome)
            {
                case SendOutcome.Accepted or SendOutcome.Delivered:
                    return new ChannelFallbackResult(ChannelFallbackStatus.Sent, attempts);
                case SendOutcome.TemporaryFailure or SendOutcome.TechnicalFailure:
                    return new ChannelFallbackResult(ChannelFallbackStatus.Deferred, attempts);
                default:
                    continue;
            }
        }

        return new ChannelFallbackResult(ChannelFallbackStatus.Exhausted, attempts);
    }

    /// <summary>
    /// The channel a send would try first without skipping it, and the channels skipped before it (opted out, no
    /// address, no content): what a preview says a recipient gets, decided as a send decides it.
    /// </summary>
    public static (ChannelKind? Channel, IReadOnlyList<ChannelFallbackAttempt> Skipped) FirstUsable(ChannelFallbackRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var skipped = new List<ChannelFallbackAttempt>();
        foreach (var kind in request.Preference.Distinct())
        {
            if (Skip(request, kind) is not { } reason)
            {
                return (kind, skipped);
            }

            skipped.Add(new ChannelFallbackAttempt(kind, reason, Skipped: true));
        }

        return (null, skipped);
    }

    private static SendResult? Skip(ChannelFallbackRequest request, ChannelKind kind)
    {
        if (request.OptedOut.Contains(kind))
        {
            return new SendResult(SendOutcome.Suppressed, ErrorCode: "opted-out", Reason: $"The recipient opted out of {kind}.");
        }

        if (!request.Addresses.TryGetValue(kind, out var address) || string.IsNullOrWhiteSpace(address))
        {
            return new SendResult(SendOutcome.PermanentFailure, ErrorCode: "no-address", Reason: $"The recipient has no {kind} address.");
        }

        return request.Contents.ContainsKey(kind)
            ? null
            : new SendResult(SendOutcome.PermanentFailure, ErrorCode: "no-content", Reason: $"No {kind} content was rendered for this message.");
    }
}
