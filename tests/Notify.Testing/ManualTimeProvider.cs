using Notify.Core.Time;

namespace Notify.Testing;

/// <summary>The tests' name for <see cref="ManualClock"/>: time stands still until a test moves it.</summary>
public sealed class ManualTimeProvider(DateTimeOffset startUtc) : ManualClock(startUtc);
