using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging.Abstractions;
using Notify.Functions.Receipts;
using Notify.Functions.Storage;
using Notify.Testing;

namespace Notify.Functions.Tests.Receipts;

public sealed class CallbackReplayGuardTests
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2027, 2, 25, 2, 0, 0, TimeSpan.Zero));
    private readonly string _source = $"test-{Guid.NewGuid():N}";
    private readonly CallbackReplayGuard _guard;

    public CallbackReplayGuardTests()
    {
        TestAccount.Clients.GetTableClient(Tables.CallbackNonces).CreateIfNotExistsAsync().GetAwaiter().GetResult();
        _guard = new CallbackReplayGuard(TestAccount.Clients, _clock);
    }

    [Fact]
    public async Task TryClaim_SameRequestTwiceWhileKept_SecondRefused()
    {
        var keepUntil = _clock.GetUtcNow().AddMinutes(10);

        Assert.True(await _guard.TryClaimAsync(_source, "SM1|delivered|", keepUntil, CancellationToken.None));
        Assert.False(await _guard.TryClaimAsync(_source, "SM1|delivered|", keepUntil, CancellationToken.None));
        Assert.True(await _guard.TryClaimAsync(_source, "SM1|undelivered|30003", keepUntil, CancellationToken.None));
    }

    [Fact]
    public async Task TryClaim_AfterTheRowWasKeptUntil_ClaimedAgainOnce()
    {
        await _guard.TryClaimAsync(_source, "n1", _clock.GetUtcNow().AddMinutes(10), CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(11));

        var again = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _guard.TryClaimAsync(_source, "n1", _clock.GetUtcNow().AddMinutes(10), CancellationToken.None)));

        Assert.Single(again, claimed => claimed);
    }

    [Fact]
    public async Task ApplyOnce_ConcurrentIdenticalRequests_AppliedOnce()
    {
        var applied = 0;

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            _guard.ApplyOnceAsync(_source, "SM2|failed|30008", _clock.GetUtcNow().AddHours(1), () => Task.FromResult(Interlocked.Increment(ref applied)), CancellationToken.None)));

        Assert.Equal(1, applied);
        Assert.Single(results, result => result);
    }

    [Fact]
    public async Task ApplyOnce_ApplyingFails_ReleasedSoTheProvidersRetryIsApplied()
    {
        var keepUntil = _clock.GetUtcNow().AddHours(1);
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _guard.ApplyOnceAsync(_source, "SM3|delivered|", keepUntil, () => throw new InvalidOperationException("storage down"), CancellationToken.None));

        var retried = await _guard.ApplyOnceAsync(_source, "SM3|delivered|", keepUntil, () => Task.CompletedTask, CancellationToken.None);

        Assert.True(retried);
    }

    [Fact]
    public async Task ForgetExpired_DeletesRowsPastTheirTimeAndKeepsTheOthers()
    {
        await _guard.TryClaimAsync(_source, "old", _clock.GetUtcNow().AddMinutes(5), CancellationToken.None);
        await _guard.TryClaimAsync(_source, "kept", _clock.GetUtcNow().AddDays(2), CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(1));

        var forgotten = await _guard.ForgetExpiredAsync(CancellationToken.None);

        Assert.True(forgotten >= 1);
        Assert.Equal(1, await RowsLeftAsync());
        Assert.False(await _guard.TryClaimAsync(_source, "kept", _clock.GetUtcNow().AddDays(2), CancellationToken.None));
    }

    [Fact]
    public async Task ForgetOldCallbacksTimer_Run_ForgetsExpiredRows()
    {
        await _guard.TryClaimAsync(_source, "old", _clock.GetUtcNow().AddMinutes(5), CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(1));

        await new ForgetOldCallbacks(_guard, NullLogger<ForgetOldCallbacks>.Instance).RunAsync(new TimerInfo(), CancellationToken.None);

        Assert.Equal(0, await RowsLeftAsync());
    }

    private async Task<int> RowsLeftAsync()
    {
        var left = 0;
        await foreach (var _ in TestAccount.Clients.GetTableClient(Tables.CallbackNonces).QueryAsync<Azure.Data.Tables.TableEntity>(row => row.PartitionKey == _source))
        {
            left++;
        }

        return left;
    }
}
