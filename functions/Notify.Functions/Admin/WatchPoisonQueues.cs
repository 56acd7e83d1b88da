using Microsoft.Azure.Functions.Worker;

namespace Notify.Functions.Admin;

/// <summary>Every 15 minutes, warns about messages waiting in poison queues, with the command that replays them.</summary>
public sealed class WatchPoisonQueues(PoisonQueues poisonQueues, ILogger<WatchPoisonQueues> logger)
{
    [Function(nameof(WatchPoisonQueues))]
    public async Task RunAsync([TimerTrigger("0 */15 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        foreach (var queue in await poisonQueues.ListAsync(cancellationToken))
        {
            if (queue.ApproximateCount > 0)
            {
                logger.LogWarning("{PoisonQueue} holds {Count} failed messages; after fixing the cause, replay them with: poison replay {Queue}",
                    queue.PoisonQueue, queue.ApproximateCount, queue.SourceQueue);
            }
        }
    }
}
