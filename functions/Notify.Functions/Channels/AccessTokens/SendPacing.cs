namespace Notify.Functions.Channels.AccessTokens;

/// <summary>How fast a channel may send (0 = unlimited) and how it retries a busy provider.</summary>
public sealed record SendPacing(double MessagesPerSecond, int BusyRetries, TimeSpan BusyRetryDelay);
