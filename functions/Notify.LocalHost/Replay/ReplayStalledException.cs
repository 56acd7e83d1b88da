namespace Notify.LocalHost.Replay;

/// <summary>A replay step did not drain its queues within the real-time limit; the message says what was left.</summary>
public sealed class ReplayStalledException(string message) : Exception(message);
