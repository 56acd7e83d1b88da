using Notify.Functions.Admin;
using Notify.Testing;
using Notify.Functions.Storage;

namespace Notify.Functions.Tests.Admin;

public sealed class PoisonQueuesTests
{
    [Fact]
    public async Task ReplayAsync_PoisonedMessages_MoveBackByteForByteAndListShowsCounts()
    {
        var name = TestStorage.UniqueName("replay");
        var source = TestAccount.Clients.GetQueueClient(name);
        var poison = TestAccount.Clients.GetQueueClient(name + PoisonQueues.Suffix);
        await source.CreateIfNotExistsAsync();
        await poison.CreateIfNotExistsAsync();
        try
        {
            await poison.SendMessageAsync("""{"policyId":"一"}""");
            await poison.SendMessageAsync("""{"policyId":"二"}""");
            var queues = new PoisonQueues(TestAccount.Clients);

            var listed = (await queues.ListAsync(CancellationToken.None)).Single(q => q.PoisonQueue == poison.Name);
            Assert.Equal((name, 2), (listed.SourceQueue, listed.ApproximateCount));

            var moved = await queues.ReplayAsync(poison.Name, int.MaxValue, CancellationToken.None);

            Assert.Equal(2, moved);
            Assert.Equal(0, await poison.GetApproximateMessageCountAsync());
            var back = (await source.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(30))).Value;
            Assert.Equal(["""{"policyId":"一"}""", """{"policyId":"二"}"""], back.Select(m => m.Body.ToString()).Order(StringComparer.Ordinal));
        }
        finally
        {
            await source.DeleteIfExistsAsync();
            await poison.DeleteIfExistsAsync();
        }
    }

    [Fact]
    public async Task ReplayAsync_Max_MovesNoMoreThanAsked()
    {
        var name = TestStorage.UniqueName("replaymax");
        var source = TestAccount.Clients.GetQueueClient(name);
        var poison = TestAccount.Clients.GetQueueClient(name + PoisonQueues.Suffix);
        await source.CreateIfNotExistsAsync();
        await poison.CreateIfNotExistsAsync();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                await poison.SendMessageAsync($$"""{"n":{{i}}}""");
            }

            var moved = await new PoisonQueues(TestAccount.Clients).ReplayAsync(name, 2, CancellationToken.None);

            Assert.Equal(2, moved);
            Assert.Equal(3, await poison.GetApproximateMessageCountAsync());
            Assert.Equal(2, await source.GetApproximateMessageCountAsync());
        }
        finally
        {
            await source.DeleteIfExistsAsync();
            await poison.DeleteIfExistsAsync();
        }
    }
}
