using Notify.Core.Channels;
using Notify.Functions.Deliver;
using Notify.Functions.FanOut;
using Notify.Functions.Storage;
using Notify.Testing;

namespace Notify.Functions.Tests.Deliver;

/// <summary>Which rows a batch may send to, by their status, owner, lease and next attempt.</summary>
public sealed class DeliveryRowsTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 1, 0, 0, TimeSpan.Zero));
    private readonly DeliveryOptions _options = new();
    private readonly string _jobId = "j" + Guid.NewGuid().ToString("N")[..12];
    private DeliveryRows _rows = null!;
    private DeliveryLedger _ledger = null!;

    public async Task InitializeAsync()
    {
        await TestAccount.Clients.GetTableClient(Tables.Deliveries).CreateIfNotExistsAsync();
        await TestAccount.Clients.GetTableClient(Tables.DeliveryProviderIds).CreateIfNotExistsAsync();
        _rows = new DeliveryRows(TestAccount.Clients, _options, _clock);
        _ledger = new DeliveryLedger(TestAccount.Clients, _clock);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ClaimAsync_NewRows_AreClaimedNotSending()
    {
        var batch = Batch("b1", 3);

        var claims = await _rows.ClaimAsync(batch, "kind", CancellationToken.None);

        Assert.All(claims, claim => Assert.Equal((true, 1), (claim.Send, claim.Attempts)));
        Assert.Equal(DeliveryStatus.Claimed, (await _ledger.FindAsync(claims[0].Key.Id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task ClaimAsync_RowAwaitingItsReceipt_IsNeverSentAgainByTheSameBatchOrACopyEvenAfterTheLease()
    {
        var batch = Batch("b1", 2);
        var claims = await _rows.ClaimAsync(batch, "kind", CancellationToken.None);
        await _ledger.RecordSendAsync(claims[0].Key.Id, ChannelKind.Sms, new SendResult(SendOutcome.Accepted, "SM" + Guid.NewGuid().ToString("N")), CancellationToken.None);
        _clock.Advance(_options.Lease * 2);

        var again = await _rows.ClaimAsync(batch, "kind", CancellationToken.None);
        var copy = await _rows.ClaimAsync(batch with { BatchId = "b2" }, "kind", CancellationToken.None);

        Assert.Equal((false, DeliveryStatus.Sending, false), (again[0].Send, again[0].FinalStatus, again[0].OwnedElsewhere));
        Assert.Equal((false, true), (copy[0].Send, copy[0].OwnedElsewhere));
        // The other row was claimed and its owner died before recording anything: in flight, so sent again.
        Assert.Equal((true, 2), (again[1].Send, again[1].Attempts));
    }

    [Fact]
    public async Task ClaimAsync_ClaimedByAnotherLiveBatch_LeftToItUntilItsLeaseRunsOut()
    {
        await _rows.ClaimAsync(Batch("b1", 1), "kind", CancellationToken.None);

        var during = await _rows.ClaimAsync(Batch("b2", 1), "kind", CancellationToken.None);
        _clock.Advance(_options.Lease + TimeSpan.FromSeconds(1));
        var after = await _rows.ClaimAsync(Batch("b3", 1), "kind", CancellationToken.None);

        Assert.Equal((false, true), (during[0].Send, during[0].OwnedElsewhere));
        Assert.True(after[0].Send);
    }

    [Fact]
    public async Task ClaimAsync_TemporaryFailure_WaitsForItsNextAttemptThenAnyBatchTakesItOver()
    {
        var batch = Batch("b1", 1);
        var claim = (await _rows.ClaimAsync(batch, "kind", CancellationToken.None))[0];
        var next = _clock.GetUtcNow().AddMinutes(2);
        await _rows.CompleteAsync([new DeliveryUpdate(claim.Key, DeliveryStatus.TemporaryFailure, ChannelKind.Sms, null, "20429", "Sms: 20429", 1, next)], CancellationToken.None);

        var own = await _rows.ClaimAsync(batch, "kind", CancellationToken.None);
        var retry = await _rows.ClaimAsync(Batch("r1", 1) with { RetryOf = "b1" }, "kind", CancellationToken.None);
        var stranger = await _rows.ClaimAsync(Batch("c1", 1), "kind", CancellationToken.None);
        _clock.SetUtcNow(next);
        var due = await _rows.ClaimAsync(Batch("r1", 1) with { RetryOf = "b1" }, "kind", CancellationToken.None);

        Assert.Equal((false, next, "b1"), (own[0].Send, own[0].RetryAt, own[0].Owner));
        Assert.Equal((false, next), (retry[0].Send, retry[0].RetryAt));
        Assert.Equal((false, true, null), (stranger[0].Send, stranger[0].OwnedElsewhere, stranger[0].RetryAt));
        Assert.Equal((true, 2), (due[0].Send, due[0].Attempts));
    }

    [Fact]
    public async Task ReceiptAfterAClaimedRowWasHandedOver_MovesItFromSendingToDelivered()
    {
        var claim = (await _rows.ClaimAsync(Batch("b1", 1), "kind", CancellationToken.None))[0];
        var sid = "SM" + Guid.NewGuid().ToString("N");
        await _ledger.RecordSendAsync(new DeliveryUpdate(claim.Key, DeliveryStatus.Sending, ChannelKind.Sms, sid, null, null, 4), new SendResult(SendOutcome.Accepted, sid), CancellationToken.None);

        await _ledger.ApplyReceiptAsync(ChannelKind.Sms, sid, DeliveryStatus.Delivered, null, null, "MessageStatus=delivered", CancellationToken.None);

        var record = (await _ledger.FindAsync(claim.Key.Id, CancellationToken.None))!;
        Assert.Equal((DeliveryStatus.Delivered, ChannelKind.Sms, 4), (record.Status, record.Channel, record.TemplateVersion));
    }

    private DeliveryBatch Batch(string batchId, int count) => new(
        _jobId, batchId, 0, [.. Enumerable.Range(0, count).Select(i => new FanOutRecipient($"R{i}", "测试", new Dictionary<string, string>(), ["sms"], [], "zh", null))]);
}
