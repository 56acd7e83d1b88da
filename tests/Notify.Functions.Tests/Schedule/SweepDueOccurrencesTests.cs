using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging.Abstractions;
using Notify.Functions.Hosting;
using Notify.Functions.Schedule;
using Notify.Functions.Storage;
using Notify.Testing;

namespace Notify.Functions.Tests.Schedule;

public sealed class SweepDueOccurrencesTests
{
    [Fact]
    public async Task RunAsync_DueOccurrences_PublishesOneMessagePerClaimAndMarksThemFannedOut()
    {
        await TestAccount.Clients.GetTableClient(Tables.Occurrences).CreateIfNotExistsAsync();
        var queue = TestAccount.Clients.GetQueueClient(Queues.FanOutRequested);
        await queue.CreateIfNotExistsAsync();
        var due = new DateTimeOffset(2031, 11, 1, 1, 0, 0, TimeSpan.Zero);
        var clock = new ManualTimeProvider(due.AddMinutes(10));
        var store = new OccurrenceStore(TestAccount.Clients);
        var itemId = OccurrenceStoreTests.NewItemId();
        await store.SaveAsync("policy", itemId, OccurrenceStoreTests.Plan(itemId, due, 5), CancellationToken.None);
        var sweep = new SweepDueOccurrences(store, new QueuePublisher(TestAccount.Clients), clock, NullLogger<SweepDueOccurrences>.Instance);

        await sweep.RunAsync(new TimerInfo(), CancellationToken.None);
        await sweep.RunAsync(new TimerInfo(), CancellationToken.None);

        var keys = new List<string>();
        while ((await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5))).Value is { Length: > 0 } batch)
        {
            foreach (var message in batch)
            {
                var request = QueueMessageContract.Deserialize<FanOutRequested>(message.Body.ToString(), "test");
                if (request.OccurrenceKey.StartsWith(itemId, StringComparison.Ordinal))
                {
                    keys.Add(request.OccurrenceKey);
                    await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                    var row = await store.FindAsync(request.Bucket, request.OccurrenceKey, CancellationToken.None);
                    Assert.Equal(OccurrenceStates.FannedOut, row!.State);
                }
            }
        }

        Assert.Equal(5, keys.Count);
        Assert.Equal(5, keys.Distinct(StringComparer.Ordinal).Count());
    }
}
