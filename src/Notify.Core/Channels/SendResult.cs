namespace Notify.Core.Channels;

/// <summary>
/// The outcome of one send, with the provider's message id, its error code and a readable reason,
/// and its raw response (never containing our secrets) for the delivery record.
/// </summary>
public sealed record SendResult(
    SendOutcome Outcome,
    string? ProviderMessageId = null,
    string? ErrorCode = null,
    string? Reason = null,
    string? RawResponse = null,
    TimeSpan? RetryAfter = null);
