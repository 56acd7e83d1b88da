using Notify.Core.Channels;

namespace Notify.Functions.Channels;

/// <summary>
/// One channel in a fallback run and what came of it. <see cref="Skipped"/> channels were never called
/// (no address, no content, or opted out); their <see cref="Result"/> says why.
/// </summary>
public sealed record ChannelFallbackAttempt(ChannelKind Channel, SendResult Result, bool Skipped = false);
