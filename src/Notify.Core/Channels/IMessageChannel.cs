namespace Notify.Core.Channels;

/// <summary>
/// A port to one outside messaging provider (or its sandbox). Implementations map the provider's
/// errors to <see cref="SendOutcome"/>, retry transient faults briefly themselves, and never throw
/// for a business refusal. They never log addresses or message text.
/// </summary>
public interface IMessageChannel
{
    ChannelKind Kind { get; }

    Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken);
}
