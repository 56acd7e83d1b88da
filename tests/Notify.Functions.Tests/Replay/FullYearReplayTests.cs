using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Notify.LocalHost.Local;
using Notify.Core.Audiences;
using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Registry;
using Notify.Core.Scheduling;
using Notify.Functions.Deliver;
using Notify.Functions.FanOut;
using Notify.Functions.Notices;
using Notify.Functions.Senders;
using Notify.Functions.Registry;
using Notify.LocalHost.Replay;
using Notify.Functions.Schedule;
using Notify.Functions.Tests.Pipeline;
using Notify.Functions.Tests.Support;
using Notify.Functions.Units;
using Notify.Testing;
using Xunit.Abstractions;

namespace Notify.Functions.Tests.Replay;

/// <summary>
/// A year of the whole pipeline on a simulated clock: a small registry and one approved notice of every item kind,
/// with the number of deliveries worked out from the plan and compared with what the replay delivered.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class FullYearReplayTests(ITestOutputHelper output)
{
    // 2046-08-25 08:00 Shanghai to a year later: years no other test schedules in, since the Occurrences table is shared.
    private static readonly DateTimeOffset From = new(2046, 8, 25, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2047, 8, 25, 0, 0, 0, TimeSpan.Zero);
    private const int ResidentCount = 40;
    private const int PaidYear = 2047;
    private static readonly Dictionary<string, decimal> NoAmounts = [];

    [Fact]
    public async Task A_year_of_every_item_kind_delivers_each_planned_occurrence_in_the_period_to_its_whole_audience_once()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var policyId = "yr" + tag;
        var residents = Enumerable.Range(0, ResidentCount).Select(i => Resident(tag, i)).ToList();
        var units = new[] { $"test.year-{tag}-a", $"test.year-{tag}-b" };
        var contributors = residents.Where(r => r.Category != ResidentCategories.Employees && r.PaidThroughYear is not >= PaidYear).ToList();
        var farmers = residents.Where(r => r.Category == ResidentCategories.FarmersAndHerders).ToList();
        var amounts = new Dictionary<string, decimal> { [ResidentCategories.UrbanResidents] = 400, [ResidentCategories.FarmersAndHerders] = 380 };
        var notices = new List<Scheduled>
        {
            new(new PlannedItem($"{policyId}-window", ItemKind.Window, new DateOnly(2046, 9, 1), new DateOnly(2047, 2, 25), "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=1", ItemAudience.Residents),
                new ResidentAudience { Categories = [ResidentCategories.UrbanResidents, ResidentCategories.FarmersAndHerders] }, true, amounts, [], Ids(contributors)),
            new(new PlannedItem($"{policyId}-deadline", ItemKind.Deadline, new DateOnly(2047, 5, 20), null, null, ItemAudience.Residents),
                new ResidentAudience { Categories = [ResidentCategories.FarmersAndHerders] }, false, amounts, [], Ids(farmers)),
            new(new PlannedItem($"{policyId}-units", ItemKind.Deadline, new DateOnly(2046, 11, 30), null, null, ItemAudience.Units),
                new ResidentAudience(), false, NoAmounts, units, units),
            new(new PlannedItem($"{policyId}-report", ItemKind.Recurring, null, null, "FREQ=MONTHLY;BYMONTHDAY=10", ItemAudience.Units),
                new ResidentAudience(), false, NoAmounts, units, units),
            new(new PlannedItem($"{policyId}-effective", ItemKind.Effective, new DateOnly(2046, 10, 15), null, null, ItemAudience.Residents),
                new ResidentAudience(), false, NoAmounts, [], Ids(residents)),
        };

        var planned = await ScheduleAsync(policyId, residents, units, notices);
        var inPeriod = planned.Where(p => p.Occurrence.DueUtc > From && p.Occurrence.DueUtc <= To).ToList();
        AssertNoResidentGetsTwoNoticesADay(inPeriod);
        var expected = inPeriod.Sum(p => p.Notice.Recipients.Count);
        var baseline = await new DeliveryLedger(TestAccount.Clients, TimeProvider.System).CountByStatusAsync(CancellationToken.None);

        await ReplayQueues.ClearAsync();
        var summary = await ReplayDriver.RunAsync(ReplayRuns.Options(From, To), CancellationToken.None);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{inPeriod.Count} of {planned.Count} planned occurrences in the period, {expected} deliveries expected; replay took {summary.RealTime.TotalSeconds:F1} s in {summary.Steps} steps, fired {summary.OccurrencesFired}"));
        output.WriteLine("Delivery rows by status (whole table, before → after): "
            + string.Join(", ", summary.DeliveriesByStatus.Keys.Union(baseline.Keys).Order(StringComparer.Ordinal)
                .Select(status => $"{status} {baseline.GetValueOrDefault(status)} → {summary.DeliveriesByStatus.GetValueOrDefault(status)}")));

        // 6 resident occurrences × their audiences + 24 unit nudges and overdue notices + 12 monthly reports for each of 2 units.
        Assert.Equal((3 + 2 + 12 + 12 + 1, 1), (inPeriod.Count, planned.Count - inPeriod.Count));
        Assert.Equal(expected, summary.DeliveriesByStatus.GetValueOrDefault(nameof(DeliveryStatus.Delivered)) - baseline.GetValueOrDefault(nameof(DeliveryStatus.Delivered)));
        Assert.All(summary.DeliveriesByStatus.Keys.Union(baseline.Keys).Where(status => status != nameof(DeliveryStatus.Delivered)),
            status => Assert.Equal((status, baseline.GetValueOrDefault(status)), (status, summary.DeliveriesByStatus.GetValueOrDefault(status))));
        Assert.Empty(summary.TimerFailures);
        Assert.Empty(summary.UnconsumedMessages);
        Assert.True(summary.OccurrencesFired >= inPeriod.Count, $"fired {summary.OccurrencesFired}");

        foreach (var (notice, occurrence) in inPeriod)
        {
            var jobId = FanOutJobIds.For(OccurrenceKeys.Row(notice.Item.ItemId, notice.TemplateKind, occurrence.Id));
            var rows = await PipelineHarness.DeliveriesAsync(jobId);
            Assert.Equal(notice.Recipients.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
            Assert.All(rows.Values, row => Assert.Equal((jobId, nameof(DeliveryStatus.Delivered)), (jobId, row.GetString("Status"))));
        }

        foreach (var (notice, occurrence) in planned.Except(inPeriod))
        {
            var row = await new OccurrenceStore(TestAccount.Clients).FindAsync(
                OccurrenceKeys.Bucket(occurrence.DueUtc), OccurrenceKeys.Row(notice.Item.ItemId, notice.TemplateKind, occurrence.Id), CancellationToken.None);
            Assert.Equal(OccurrenceStates.Scheduled, row!.State);
        }
    }

    /// <summary>Saves the registry, the unit contacts, and each item's notices and occurrences as approval at <see cref="From"/> would.</summary>
    private static async Task<List<(ScheduledNotice Notice, PlannedOccurrence Occurrence)>> ScheduleAsync(
        string policyId, IReadOnlyList<Resident> residents, IReadOnlyList<string> units, IReadOnlyList<Scheduled> items)
    {
        var app = NotifyApp.Build([], builder => builder.Configuration.AddInMemoryCollection(ReplayRuns.Settings()));
        await using (app)
        {
            await NotifyApp.PrepareStorageAsync(app, CancellationToken.None);
            var services = app.Services;
            await services.GetRequiredService<ResidentStore>().UpsertBatchAsync(residents, CancellationToken.None);
            await services.GetRequiredService<UnitContactStore>().UpsertBatchAsync(
                [.. units.Select((unit, i) => new UnitContact(unit, $"测试单位{i}", "旗", ["u-" + unit.Replace('.', '-')], [$"+8619800{i:D6}"], [$"{unit}@test.notify.example"]))],
                CancellationToken.None);
            var planned = new List<(ScheduledNotice, PlannedOccurrence)>();
            var sender = await TestSenders.EnsureAsync(services.GetRequiredService<SenderProfileStore>(), TestSenders.Jalaid);
            foreach (var scheduled in items)
            {
                var plan = OccurrencePlanner.Plan(scheduled.Item, From, ScheduleOptions.Default);
                Assert.False(plan.Expired, plan.ExpiredReason);
                foreach (var notice in plan.Notices)
                {
                    await services.GetRequiredService<NoticeStore>().SaveAsync(new Notice(
                        scheduled.Item.ItemId,
                        policyId,
                        notice.TemplateKind,
                        notice.Audience,
                        scheduled.Audience with { ResidentIds = Ids(residents) },
                        scheduled.UnpaidOnly,
                        scheduled.UnitIds,
                        SenderVariables.Merge(services.GetRequiredService<NoticeTexts>().For(null, Extracted(scheduled.Item)), sender),
                        scheduled.Amounts,
                        notice.Occurrences,
                        NoticeStates.Active,
                        sender.AuthorityId), CancellationToken.None);
                    planned.AddRange(notice.Occurrences.Select(o => (new ScheduledNotice(scheduled.Item, notice.TemplateKind, notice.Audience, scheduled.Recipients), o)));
                }

                await services.GetRequiredService<OccurrenceStore>().SaveAsync(policyId, scheduled.Item.ItemId, plan, CancellationToken.None);
            }

            return planned;
        }
    }

    /// <summary>The daily cap (3) would suppress a fourth resident notice on one day; the dates are chosen so none shares a day.</summary>
    private static void AssertNoResidentGetsTwoNoticesADay(IEnumerable<(ScheduledNotice Notice, PlannedOccurrence Occurrence)> occurrences)
    {
        var days = occurrences.Where(p => p.Notice.Audience == ItemAudience.Residents)
            .Select(p => TimeZoneInfo.ConvertTime(p.Occurrence.DueUtc, ScheduleOptions.Default.TimeZone).Date).ToList();
        Assert.Equal(days.Count, days.Distinct().Count());
    }

    private static Resident Resident(string tag, int index) => new(
        $"Y{tag}{index:D4}",
        $"全年{index}",
        string.Create(CultureInfo.InvariantCulture, $"+86198{index:D8}"),
        $"o-year-{tag}-{index}",
        $"y{index}@example.cn",
        index % 2 == 0 ? "jalaid.yinder" : "jalaid.xinlin",
        new DateOnly(1980, 3, 1).AddDays(index * 37),
        (index % 4) switch { 0 => ResidentCategories.Employees, 1 => ResidentCategories.UrbanResidents, _ => ResidentCategories.FarmersAndHerders },
        new HashSet<string>(),
        (index % 5) switch { 0 => PaidYear, 1 => null, _ => PaidYear - 1 },
        index % 3 == 0 ? ResidentLanguages.Mongolian : ResidentLanguages.Chinese,
        [ResidentChannels.WeChat, ResidentChannels.Sms],
        new Dictionary<string, bool>());

    private static List<string> Ids(IEnumerable<Resident> residents) => [.. residents.Select(r => r.Id)];

    private static ExtractedItem Extracted(PlannedItem item) => new(
        item.Kind, item.Date, item.EndDate, item.Recurrence, 1, "城乡居民基本医疗保险集中缴费期", "扎医保发〔2046〕9号",
        [], [], item.Audience, [], [], 1, []);

    /// <summary>An item to approve: the residents it is for (narrowed to the test's own), and who should receive each occurrence.</summary>
    private sealed record Scheduled(
        PlannedItem Item, ResidentAudience Audience, bool UnpaidOnly, IReadOnlyDictionary<string, decimal> Amounts, IReadOnlyList<string> UnitIds, IReadOnlyList<string> Recipients);

    private sealed record ScheduledNotice(PlannedItem Item, string TemplateKind, ItemAudience Audience, IReadOnlyList<string> Recipients);
}
