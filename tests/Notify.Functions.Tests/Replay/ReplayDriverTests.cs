using Notify.LocalHost.Local;
using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Scheduling;
using Notify.Functions.Hosting;
using Notify.LocalHost.Replay;
using Notify.Functions.Schedule;
using Notify.Functions.Storage;
using Notify.Functions.Tests.Support;
using Notify.Testing;

namespace Notify.Functions.Tests.Replay;

[Collection(AppCollection.Name)]
public sealed class ReplayDriverTests
{
    private const string YearlyRule = "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=1";

    // Years no other test schedules in, since the Occurrences table is shared.
    private static readonly DateOnly WindowOpens = new(2040, 9, 1);
    private static readonly DateOnly WindowCloses = new(2041, 2, 25);

    [Fact]
    public async Task RunAsync_FullYearOfAYearlyWindow_FansOutEveryOccurrenceDueInThePeriodAtItsDueTime()
    {
        var store = new OccurrenceStore(TestAccount.Clients);
        await TestAccount.Clients.GetTableClient(Tables.Occurrences).CreateIfNotExistsAsync();
        var itemId = "replay-" + Guid.NewGuid().ToString("N");
        var item = new PlannedItem(itemId, ItemKind.Window, WindowOpens, WindowCloses, YearlyRule, ItemAudience.Residents);
        var plan = OccurrencePlanner.Plan(item, At(2040, 8, 20, 10), new ScheduleOptions { YearlyWindowPeriods = 2 });
        await store.SaveAsync("policy-replay", itemId, plan, CancellationToken.None);
        Assert.True(ReplayInstant.TryParseStart("2040-08-25", out var from));
        Assert.True(ReplayInstant.TryParseEnd("2041-08-24", out var to));
        var occurrences = plan.Notices.SelectMany(n => n.Occurrences.Select(o => (n.TemplateKind, Occurrence: o))).ToList();
        var inPeriod = occurrences.Where(o => o.Occurrence.DueUtc <= to).ToList();
        var progress = new List<ReplayProgress>();

        await ReplayQueues.ClearAsync();
        var summary = await ReplayDriver.RunAsync(Options(from, to, progress.Add), CancellationToken.None);

        Assert.Equal(3, inPeriod.Count);
        Assert.Equal(6, occurrences.Count);
        foreach (var (kind, occurrence) in occurrences)
        {
            var row = await store.FindAsync(OccurrenceKeys.Bucket(occurrence.DueUtc), OccurrenceKeys.Row(itemId, kind, occurrence.Id), CancellationToken.None);
            Assert.NotNull(row);
            if (occurrence.DueUtc <= to)
            {
                Assert.Equal(OccurrenceStates.FannedOut, row.State);
                Assert.Equal(occurrence.DueUtc, row.ClaimedAt);
            }
            else
            {
                Assert.Equal(OccurrenceStates.Scheduled, row.State);
            }
        }

        // Jumping between due occurrences, not stepping through 525,600 minutes.
        Assert.InRange(summary.TimerRuns[nameof(SweepDueOccurrences)], inPeriod.Count, inPeriod.Count + 5);
        Assert.True(summary.OccurrencesFired >= inPeriod.Count, $"fired {summary.OccurrencesFired}");
        Assert.All(inPeriod, o => Assert.Contains(progress, p => p.SimulatedUtc == o.Occurrence.DueUtc && p.OccurrencesFired >= 1));
        Assert.Empty(summary.TimerFailures);
        await AssertFanOutRequestsDrainedAsync(summary, inPeriod.Count);
    }

    [Fact]
    public async Task RunAsync_OccurrenceBetweenMinutes_IsSweptAtTheNextMinuteAsTheTimerWould()
    {
        var store = new OccurrenceStore(TestAccount.Clients);
        await TestAccount.Clients.GetTableClient(Tables.Occurrences).CreateIfNotExistsAsync();
        var itemId = "replay-" + Guid.NewGuid().ToString("N");
        var due = new DateTimeOffset(2042, 3, 10, 1, 0, 30, TimeSpan.Zero);
        var plan = new NoticePlan(itemId, [new PlannedNotice(NoticeKinds.UnitDeadlineNudge, ItemAudience.Units,
            [new PlannedOccurrence("nudge/0", due, "nudge", new DateOnly(2042, 3, 10), null)])], false, null);
        await store.SaveAsync("policy-replay", itemId, plan, CancellationToken.None);

        await ReplayQueues.ClearAsync();
        var summary = await ReplayDriver.RunAsync(Options(due.AddDays(-2), due.AddDays(2), null), CancellationToken.None);

        var row = await store.FindAsync(OccurrenceKeys.Bucket(due), OccurrenceKeys.Row(itemId, NoticeKinds.UnitDeadlineNudge, "nudge/0"), CancellationToken.None);
        Assert.Equal(OccurrenceStates.FannedOut, row!.State);
        Assert.Equal(new DateTimeOffset(2042, 3, 10, 1, 1, 0, TimeSpan.Zero), row.ClaimedAt);
        Assert.InRange(summary.TimerRuns[nameof(SweepDueOccurrences)], 1, 5);
    }

    private static ReplayOptions Options(DateTimeOffset from, DateTimeOffset to, Action<ReplayProgress>? progress) => new()
    {
        FromUtc = from,
        ToUtc = to,
        Settings = new Dictionary<string, string?>
        {
            [StorageAccountFactory.Setting] = TestStorage.ConnectionString,
            ["Logging:LogLevel:Default"] = "Warning",
        },

        // The sweep and whatever consumes its requests; other timers (daily eligibility checks) belong to their own tests.
        Functions = [.. FunctionIndex.All.Where(f =>
            f.ImplementationType == typeof(SweepDueOccurrences)
            || (f.Trigger is QueueSource queue && queue.QueueName == Queues.FanOutRequested))],
        DrainTimeout = TimeSpan.FromSeconds(60),
        Progress = progress,
    };

    private static async Task AssertFanOutRequestsDrainedAsync(ReplaySummary summary, int published)
    {
        var consumed = FunctionIndex.All.Any(f => f.Trigger is QueueSource { QueueName: Queues.FanOutRequested });
        if (consumed)
        {
            Assert.Equal(0, await TestAccount.Clients.GetQueueClient(Queues.FanOutRequested).GetApproximateMessageCountAsync());
            Assert.False(summary.UnconsumedMessages.ContainsKey(Queues.FanOutRequested));
        }
        else
        {
            Assert.True(summary.UnconsumedMessages.GetValueOrDefault(Queues.FanOutRequested) >= published);
        }
    }

    private static DateTimeOffset At(int year, int month, int day, int hour) =>
        new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime();
}
