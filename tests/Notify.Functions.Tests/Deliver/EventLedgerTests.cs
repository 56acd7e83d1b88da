using Notify.Functions.Deliver;
using Notify.Functions.Storage;
using Notify.Testing;

namespace Notify.Functions.Tests.Deliver;

public sealed class EventLedgerTests : IAsyncLifetime
{
    private const string Kind = "resident-window-closing";
    private static readonly DateOnly Day = new(2026, 11, 22);

    private readonly EventLedger _ledger = new(TestAccount.Clients, new ManualTimeProvider(new DateTimeOffset(2026, 11, 22, 1, 0, 0, TimeSpan.Zero)));
    private readonly string _event = $"residents|contribution-window|test{Guid.NewGuid():N}|2026-09-01…2027-02-25";
    private readonly string[] _recipients = [.. Enumerable.Range(0, 150).Select(i => $"R{Guid.NewGuid():N}{i}")];

    public Task InitializeAsync() => TestAccount.Clients.GetTableClient(Tables.DeliveryEvents).CreateIfNotExistsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ClaimAsync_SameJobAgain_ProceedsAsARetry()
    {
        Assert.Empty(await _ledger.ClaimAsync("jfirst", _event, Kind, Day, _recipients, CancellationToken.None));

        Assert.Empty(await _ledger.ClaimAsync("jfirst", _event, Kind, Day, _recipients, CancellationToken.None));
    }

    [Fact]
    public async Task ClaimAsync_AnotherJobSameEventKindAndDay_GetsTheOwningJobForEachClaimedRecipient()
    {
        await _ledger.ClaimAsync("jfirst", _event, Kind, Day, _recipients[..100], CancellationToken.None);

        var owners = await _ledger.ClaimAsync("jsecond", _event, Kind, Day, _recipients, CancellationToken.None);

        Assert.Equal(_recipients[..100].Order(StringComparer.Ordinal), owners.Keys.Order(StringComparer.Ordinal));
        Assert.All(owners.Values, owner => Assert.Equal("jfirst", owner));
        Assert.Empty(await _ledger.ClaimAsync("jsecond", _event, Kind, Day, _recipients[100..], CancellationToken.None));
    }

    [Fact]
    public async Task ClaimAsync_AnotherDayKindOrEvent_IsNotADuplicate()
    {
        await _ledger.ClaimAsync("jfirst", _event, Kind, Day, _recipients, CancellationToken.None);

        Assert.Empty(await _ledger.ClaimAsync("jnext-day", _event, Kind, Day.AddDays(1), _recipients, CancellationToken.None));
        Assert.Empty(await _ledger.ClaimAsync("jopening", _event, "resident-window-opening", Day, _recipients, CancellationToken.None));
        Assert.Empty(await _ledger.ClaimAsync("jother", _event + "x", Kind, Day, _recipients, CancellationToken.None));
    }
}
