using Notify.Functions.Channels;

namespace Notify.Functions.Tests.Channels.Guard;

public sealed class SendPaceTests
{
    [Fact]
    public async Task WaitAsync_NoLimit_NeverWaits()
    {
        using var pace = new SendPace(0);

        for (var i = 0; i < 1000; i++)
        {
            var turn = pace.WaitAsync(CancellationToken.None).AsTask();
            Assert.True(turn.IsCompletedSuccessfully);
            Assert.Null(await turn);
        }

        Assert.Null(await pace.WaitAsync(CancellationToken.None));
    }

    [Fact]
    public async Task WaitAsync_BurstUsedUp_QueuesTheNextSendInsteadOfLettingItThrough()
    {
        using var pace = new SendPace(2);

        using (await pace.WaitAsync(CancellationToken.None))
        using (await pace.WaitAsync(CancellationToken.None))
        {
        }

        using var cancel = new CancellationTokenSource();
        var third = pace.WaitAsync(cancel.Token).AsTask();
        Assert.False(third.IsCompleted, "a third send within the same second must wait for the bucket");
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => third);
    }
}
