using Notify.Functions.Storage;
using Notify.Testing;

namespace Notify.Functions.Tests.Replay;

/// <summary>
/// Empties the trigger queues before a replay: an app another test disposed may still hold a message invisible
/// under its lease, and a replay waits for every queue it consumes to be empty.
/// </summary>
public static class ReplayQueues
{
    public static async Task ClearAsync()
    {
        foreach (var queue in Queues.All)
        {
            var client = TestAccount.Clients.GetQueueClient(queue);
            await client.CreateIfNotExistsAsync();
            await client.ClearMessagesAsync();
        }
    }
}
