namespace Notify.Functions.Channels;

/// <summary>
/// When a live provider is failing ("Notify:Channels:CircuitBreaker"): over <see cref="SamplingDuration"/>,
/// once at least <see cref="MinimumThroughput"/> sends were tried and <see cref="FailureRatio"/> of them
/// failed temporarily or technically, stop calling it for <see cref="BreakDuration"/>.
/// </summary>
public sealed record CircuitBreakerOptions
{
    public const string Section = "Notify:Channels:CircuitBreaker";

    public double FailureRatio { get; init; } = 0.5;

    public int MinimumThroughput { get; init; } = 10;

    public TimeSpan SamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);
}
