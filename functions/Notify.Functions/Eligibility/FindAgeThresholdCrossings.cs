using Notify.Functions.Hosting;

namespace Notify.Functions.Eligibility;

/// <summary>Daily at 00:30 Asia/Shanghai (16:30 UTC): re-evaluates residents whose age crosses a notice's threshold today.</summary>
public sealed class FindAgeThresholdCrossings(AgeThresholdScanner scanner) : ITimerFunction
{
    public static FunctionDeclaration Declaration { get; } = FunctionDeclaration.Timer(nameof(FindAgeThresholdCrossings), "0 30 16 * * *");

    public Task RunAsync(TimerInfo timer, CancellationToken cancellationToken) => scanner.RunAsync(cancellationToken);
}
