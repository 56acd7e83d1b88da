using Microsoft.Azure.Functions.Worker;

namespace Notify.Functions.Eligibility;

/// <summary>Daily at 00:30 Asia/Shanghai (16:30 UTC): re-evaluates residents whose age crosses a notice's threshold today.</summary>
public sealed class FindAgeThresholdCrossings(AgeThresholdScanner scanner)
{
    [Function(nameof(FindAgeThresholdCrossings))]
    public Task RunAsync([TimerTrigger("0 30 16 * * *")] TimerInfo timer, CancellationToken cancellationToken) => scanner.RunAsync(cancellationToken);
}
