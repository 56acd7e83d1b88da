using Microsoft.Azure.Functions.Worker;

namespace Notify.Functions.Receipts;

/// <summary>Every hour, deletes the remembered callbacks whose time has passed: a replay of one of them is refused as stale by then.</summary>
public sealed class ForgetOldCallbacks(CallbackReplayGuard replays, ILogger<ForgetOldCallbacks> logger)
{
    [Function(nameof(ForgetOldCallbacks))]
    public async Task RunAsync([TimerTrigger("0 40 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var forgotten = await replays.ForgetExpiredAsync(cancellationToken);
        logger.LogInformation("Forgot {Count} provider callbacks past their replay window", forgotten);
    }
}
