using Notify.Core.Channels;
using Notify.Functions.Deliver;
using Notify.Functions.Storage;
using Notify.Testing;

namespace Notify.Functions.Tests.Deliver;

public sealed class DeliveryLedgerTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 1, 0, 0, TimeSpan.Zero));
    private DeliveryLedger _ledger = null!;

    public async Task InitializeAsync()
    {
        await TestAccount.Clients.GetTableClient(Tables.Deliveries).CreateIfNotExistsAsync();
        await TestAccount.Clients.GetTableClient(Tables.DeliveryProviderIds).CreateIfNotExistsAsync();
        _ledger = new DeliveryLedger(TestAccount.Clients, _clock);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CreateAsync_Twice_KeepsTheFirstRow()
    {
        var id = NewId();
        var first = await _ledger.CreateAsync(id, ChannelKind.Sms, "unit-deadline-nudge", 3, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(5));

        var second = await _ledger.CreateAsync(id, ChannelKind.Sms, "unit-deadline-nudge", 4, CancellationToken.None);

        Assert.Equal(first.CreatedAt, second.CreatedAt);
        Assert.Equal(3, second.TemplateVersion);
        Assert.Equal(DeliveryStatus.Created, second.Status);
    }

    [Fact]
    public async Task ApplyReceiptAsync_AfterAcceptedSend_FindsTheDeliveryByProviderId()
    {
        var id = NewId();
        await _ledger.CreateAsync(id, ChannelKind.Sms, "k", 1, CancellationToken.None);
        await _ledger.MarkSendingAsync(id, CancellationToken.None);
        await _ledger.RecordSendAsync(id, ChannelKind.Sms, new SendResult(SendOutcome.Accepted, ProviderMessageId: "SM" + id), CancellationToken.None);

        Assert.True(await _ledger.ApplyReceiptAsync(ChannelKind.Sms, "SM" + id, DeliveryStatus.Delivered, null, null, "MessageStatus=delivered", CancellationToken.None));

        var record = await _ledger.FindAsync(id, CancellationToken.None);
        Assert.Equal((DeliveryStatus.Delivered, "SM" + id), (record!.Status, record.ProviderMessageId));
    }

    [Fact]
    public async Task ApplyReceiptAsync_LateNonFinalAfterFinal_ChangesNothing()
    {
        var id = NewId();
        await _ledger.CreateAsync(id, ChannelKind.Sms, "k", 1, CancellationToken.None);
        await _ledger.RecordSendAsync(id, ChannelKind.Sms, new SendResult(SendOutcome.Accepted, ProviderMessageId: "SM" + id), CancellationToken.None);
        await _ledger.ApplyReceiptAsync(ChannelKind.Sms, "SM" + id, DeliveryStatus.PermanentFailure, "30005", "unknown destination", "raw", CancellationToken.None);

        await _ledger.ApplyReceiptAsync(ChannelKind.Sms, "SM" + id, DeliveryStatus.Sending, null, null, "MessageStatus=sent", CancellationToken.None);

        var record = await _ledger.FindAsync(id, CancellationToken.None);
        Assert.Equal((DeliveryStatus.PermanentFailure, "30005"), (record!.Status, record.ErrorCode));
    }

    [Fact]
    public async Task ApplyReceiptAsync_LateSentAfterTemporaryFailure_KeepsTheFailure()
    {
        var id = NewId();
        await _ledger.CreateAsync(id, ChannelKind.Sms, "k", 1, CancellationToken.None);
        await _ledger.RecordSendAsync(id, ChannelKind.Sms, new SendResult(SendOutcome.Accepted, ProviderMessageId: "SM" + id), CancellationToken.None);
        await _ledger.ApplyReceiptAsync(ChannelKind.Sms, "SM" + id, DeliveryStatus.TemporaryFailure, "30008", "unknown error", "raw", CancellationToken.None);

        await _ledger.ApplyReceiptAsync(ChannelKind.Sms, "SM" + id, DeliveryStatus.Sending, null, null, "MessageStatus=sent", CancellationToken.None);

        Assert.Equal(DeliveryStatus.TemporaryFailure, (await _ledger.FindAsync(id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task ApplyReceiptAsync_BeforeTheSendIsRecorded_IsParkedAndAppliedWhenItIs()
    {
        var id = NewId();
        await _ledger.CreateAsync(id, ChannelKind.Sms, "k", 1, CancellationToken.None);
        await _ledger.MarkSendingAsync(id, CancellationToken.None);

        Assert.True(await _ledger.ApplyReceiptAsync(ChannelKind.Sms, "SM" + id, DeliveryStatus.Sending, null, null, "MessageStatus=sent", CancellationToken.None));
        Assert.True(await _ledger.ApplyReceiptAsync(ChannelKind.Sms, "SM" + id, DeliveryStatus.Delivered, null, null, "MessageStatus=delivered", CancellationToken.None));
        Assert.True(await _ledger.ApplyReceiptAsync(ChannelKind.Sms, "SM" + id, DeliveryStatus.Sending, null, null, "MessageStatus=sent (late)", CancellationToken.None));
        Assert.Equal(DeliveryStatus.Sending, (await _ledger.FindAsync(id, CancellationToken.None))!.Status);

        await _ledger.RecordSendAsync(id, ChannelKind.Sms, new SendResult(SendOutcome.Accepted, ProviderMessageId: "SM" + id), CancellationToken.None);

        var record = await _ledger.FindAsync(id, CancellationToken.None);
        Assert.Equal((DeliveryStatus.Delivered, "SM" + id), (record!.Status, record.ProviderMessageId));
        Assert.True(await _ledger.ApplyReceiptAsync(ChannelKind.Sms, "SM" + id, DeliveryStatus.PermanentFailure, "30005", null, "late", CancellationToken.None));
        Assert.Equal(DeliveryStatus.Delivered, (await _ledger.FindAsync(id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task RecordSendAsync_EachOutcome_MapsToItsStatus()
    {
        foreach (var (outcome, status) in new[]
                 {
                     (SendOutcome.Delivered, DeliveryStatus.Delivered), (SendOutcome.TemporaryFailure, DeliveryStatus.TemporaryFailure),
                     (SendOutcome.PermanentFailure, DeliveryStatus.PermanentFailure), (SendOutcome.Suppressed, DeliveryStatus.Suppressed),
                     (SendOutcome.TechnicalFailure, DeliveryStatus.TechnicalFailure), (SendOutcome.Accepted, DeliveryStatus.Sending),
                 })
        {
            var id = NewId();
            await _ledger.CreateAsync(id, ChannelKind.Email, null, null, CancellationToken.None);

            await _ledger.RecordSendAsync(id, ChannelKind.Email, new SendResult(outcome, Reason: "because"), CancellationToken.None);

            Assert.Equal(status, (await _ledger.FindAsync(id, CancellationToken.None))!.Status);
        }
    }

    private static string NewId() => Guid.NewGuid().ToString("N");
}
