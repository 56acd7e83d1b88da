using Notify.Core.Extraction;
using Notify.Core.Scheduling;
using Notify.Functions.Schedule;
using Notify.Functions.Storage;
using Notify.Testing;

namespace Notify.Functions.Tests.Schedule;

public sealed class OccurrenceStoreTests : IAsyncLifetime
{
    public Task InitializeAsync() => TestAccount.Clients.GetTableClient(Tables.Occurrences).CreateIfNotExistsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SaveAsync_SamePlanTwice_GivesTheSameRows()
    {
        var store = new OccurrenceStore(TestAccount.Clients);
        var itemId = NewItemId();
        var plan = Plan(itemId, new DateTimeOffset(2031, 3, 1, 1, 0, 0, TimeSpan.Zero), 3);

        await store.SaveAsync("policy", itemId, plan, CancellationToken.None);
        var first = await ReadAsync(store, itemId, plan);
        await store.SaveAsync("policy", itemId, plan, CancellationToken.None);
        var second = await ReadAsync(store, itemId, plan);

        Assert.Equal(3, first.Count);
        Assert.Equal(first.Select(Shape), second.Select(Shape));
        Assert.All(second, o => Assert.Equal(OccurrenceStates.Scheduled, o.State));
    }

    [Fact]
    public async Task SaveAsync_AfterClaim_DoesNotResetTheRow()
    {
        var store = new OccurrenceStore(TestAccount.Clients);
        var itemId = NewItemId();
        var due = new DateTimeOffset(2031, 5, 1, 1, 0, 0, TimeSpan.Zero);
        var plan = Plan(itemId, due, 1);
        await store.SaveAsync("policy", itemId, plan, CancellationToken.None);
        await store.ClaimDueAsync(due, "a", 1000, CancellationToken.None);

        await store.SaveAsync("policy", itemId, plan, CancellationToken.None);

        var row = Assert.Single(await ReadAsync(store, itemId, plan));
        Assert.Equal(OccurrenceStates.Claimed, row.State);
    }

    [Fact]
    public async Task ClaimDueAsync_BeforeDueTime_ClaimsNothingOfTheItem()
    {
        var store = new OccurrenceStore(TestAccount.Clients);
        var itemId = NewItemId();
        var due = new DateTimeOffset(2031, 7, 1, 1, 30, 0, TimeSpan.Zero);
        var plan = Plan(itemId, due, 1);
        await store.SaveAsync("policy", itemId, plan, CancellationToken.None);

        var early = await store.ClaimDueAsync(due.AddSeconds(-1), "a", 1000, CancellationToken.None);
        var onTime = await store.ClaimDueAsync(due, "a", 1000, CancellationToken.None);

        Assert.DoesNotContain(early, o => o.ItemId == itemId);
        Assert.Single(onTime, o => o.ItemId == itemId);
    }

    [Fact]
    public async Task ClaimDueAsync_TwoInstancesRacing_ClaimEachOccurrenceExactlyOnce()
    {
        for (var round = 0; round < 10; round++)
        {
            var itemId = NewItemId();
            var due = new DateTimeOffset(2031, 9, 1, 1, 0, 0, TimeSpan.Zero).AddDays(round * 3);
            var plan = Plan(itemId, due, 20);
            await new OccurrenceStore(TestAccount.Clients).SaveAsync("policy", itemId, plan, CancellationToken.None);
            var now = due.AddHours(1);

            // Azurite's ETag is the write time in milliseconds (Azure/Azurite#1286): a claim in the same
            // millisecond as the save would keep the save's ETag and let the other instance's If-Match pass.
            await Task.Delay(TimeSpan.FromMilliseconds(5));

            var results = await Task.WhenAll(
                Task.Run(() => new OccurrenceStore(TestAccount.Clients).ClaimDueAsync(now, "a", 1000, CancellationToken.None)),
                Task.Run(() => new OccurrenceStore(TestAccount.Clients).ClaimDueAsync(now, "b", 1000, CancellationToken.None)));

            var mine = results.SelectMany(r => r).Where(o => o.ItemId == itemId).Select(o => o.Key).ToList();
            Assert.Equal(20, mine.Count);
            Assert.Equal(20, mine.Distinct(StringComparer.Ordinal).Count());
        }
    }

    internal static NoticePlan Plan(string itemId, DateTimeOffset firstDue, int count) =>
        new(itemId,
            [new PlannedNotice(NoticeKinds.UnitDeadlineNudge, ItemAudience.Units,
                [.. Enumerable.Range(0, count).Select(i => new PlannedOccurrence(
                    $"nudge/{i}", firstDue.AddMinutes(i), "nudge", DateOnly.FromDateTime(firstDue.UtcDateTime), null))])],
            false,
            null);

    internal static string NewItemId() => "item-" + Guid.NewGuid().ToString("N");

    private static async Task<List<ScheduledOccurrence>> ReadAsync(OccurrenceStore store, string itemId, NoticePlan plan)
    {
        var rows = new List<ScheduledOccurrence>();
        foreach (var occurrence in plan.Notices.SelectMany(n => n.Occurrences))
        {
            var row = await store.FindAsync(OccurrenceKeys.Bucket(occurrence.DueUtc), OccurrenceKeys.Row(itemId, NoticeKinds.UnitDeadlineNudge, occurrence.Id), CancellationToken.None);
            rows.Add(row!);
        }

        return rows;
    }

    private static (string, string, DateTimeOffset, string, string) Shape(ScheduledOccurrence o) => (o.Bucket, o.Key, o.DueUtc, o.State, o.TemplateKind);
}
