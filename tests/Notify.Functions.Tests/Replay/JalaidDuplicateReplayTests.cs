using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Notify.Core.Extraction;
using Notify.Core.Registry;
using Notify.Core.Residents;
using Notify.Core.Scheduling;
using Notify.Functions.Deliver;
using Notify.Functions.FanOut;
using Notify.Functions.Notices;
using Notify.Functions.Registry;
using Notify.Functions.Review;
using Notify.Functions.Schedule;
using Notify.Functions.Tests.Pipeline;
using Notify.Functions.Tests.Support;
using Notify.LocalHost.Local;
using Notify.LocalHost.Replay;
using Notify.Testing;
using Xunit.Abstractions;

namespace Notify.Functions.Tests.Replay;

/// <summary>
/// The Jalaid sample, its years moved to ones no other test schedules in, parsed and its two contribution-window items
/// (the yearly rule and that year's own period) approved, then a season replayed: kept apart by mistake, the event key
/// still lets no recipient get one kind twice a day; merged, every recipient gets one message per planned occurrence.
/// The test's residents are 低保 farmers: the sample's groups name 特困 and 低保, which the audience reads as flags.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class JalaidDuplicateReplayTests(ITestOutputHelper output)
{
    private const int ResidentCount = 30;
    private const string YearlyItem = "i00000";
    private const string OneOffItem = "i00001";

    [Fact]
    public async Task Both_window_items_kept_apart_still_give_no_recipient_a_kind_twice_on_a_day()
    {
        var season = await ApproveAsync(2071, merge: false);

        var rows = await ReplayAsync(season);

        AssertNoRecipientGetsAKindTwiceADay(rows);
        var suppressed = rows.Where(row => row.Status == nameof(DeliveryStatus.Suppressed) && season.Residents.Contains(row.Recipient)).ToList();
        Assert.Equal(season.Residents.Count * season.Occurrences(YearlyItem).Count, suppressed.Count);
        Assert.All(suppressed, row => Assert.StartsWith("duplicate of job j", row.Reason, StringComparison.Ordinal));
        AssertEachResidentGetsOneMessagePerOccurrence(season, rows);
    }

    [Fact]
    public async Task The_one_off_item_merged_into_the_yearly_rule_gives_each_recipient_one_message_per_planned_occurrence()
    {
        var season = await ApproveAsync(2073, merge: true);

        var rows = await ReplayAsync(season);

        Assert.Empty(season.Occurrences(OneOffItem));
        Assert.DoesNotContain(rows, row => row.Status == nameof(DeliveryStatus.Suppressed) && season.Residents.Contains(row.Recipient));
        AssertNoRecipientGetsAKindTwiceADay(rows);
        AssertEachResidentGetsOneMessagePerOccurrence(season, rows);
    }

    private static async Task<Season> ApproveAsync(int year, bool merge)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var approvedAt = new DateTimeOffset(year, 8, 25, 1, 0, 0, TimeSpan.Zero);
        var app = NotifyApp.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(ReplayRuns.Settings());
            builder.Services.AddSingleton<TimeProvider>(new ManualTimeProvider(approvedAt));
        });
        await using (app)
        {
            await NotifyApp.PrepareStorageAsync(app, CancellationToken.None);
            var services = app.Services;
            var residents = Enumerable.Range(0, ResidentCount).Select(i => Resident(tag, i)).ToList();
            await services.GetRequiredService<ResidentStore>().UpsertBatchAsync(residents, CancellationToken.None);
            var extraction = services.GetRequiredService<PolicyExtractor>().Extract(await ShiftedSampleAsync(year));
            var policyId = await StoredItems.StoreAsync(services, extraction.Documents[0].Title ?? "", extraction);
            var review = services.GetRequiredService<ItemReview>();
            var items = services.GetRequiredService<PolicyItemStore>();
            foreach (var itemId in new[] { YearlyItem, OneOffItem })
            {
                var item = PolicyItemEntities.ToItem((await items.FindItemEntityAsync(policyId, itemId, CancellationToken.None))!);
                Assert.Contains(ItemDecisions.Reference(policyId, itemId == YearlyItem ? OneOffItem : YearlyItem), item.Decisions.SameAs ?? []);
                var edit = merge && itemId == OneOffItem
                    ? new ItemEdit(MergeInto: ItemDecisions.Reference(policyId, YearlyItem), KeepApartFrom: Outside(item, policyId))
                    : new ItemEdit(KeepApartFrom: merge ? Outside(item, policyId) : item.Decisions.SameAs);
                if (edit.MergeInto is not null || edit.KeepApartFrom is { Count: > 0 })
                {
                    Assert.Equal(ReviewOutcomeKind.Done, (await review.EditAsync(policyId, itemId, edit, "tests", null, CancellationToken.None)).Kind);
                }
            }

            foreach (var itemId in new[] { YearlyItem, OneOffItem })
            {
                var approved = await review.ApproveAsync(policyId, itemId, "tests", null, null, CancellationToken.None);
                Assert.True(approved.Kind == ReviewOutcomeKind.Done, approved.Detail);
            }

            var notices = services.GetRequiredService<NoticeStore>();
            var planned = new Dictionary<string, List<(Notice, PlannedOccurrence)>>(StringComparer.Ordinal);
            foreach (var itemId in new[] { YearlyItem, OneOffItem })
            {
                planned[itemId] = [.. (await notices.ListForItemAsync(NoticeScheduler.ScheduledItemId(policyId, itemId), CancellationToken.None))
                    .SelectMany(notice => notice.Occurrences.Select(occurrence => (notice, occurrence)))];
            }

            return new Season(policyId, approvedAt, new DateTimeOffset(year + 1, 3, 1, 0, 0, 0, TimeSpan.Zero), [.. residents.Select(r => r.Id)], planned);
        }
    }

    /// <summary>Replays the season, then every delivery row of both items' jobs; the items are rejected afterwards so later tests never match them.</summary>
    private async Task<List<Sent>> ReplayAsync(Season season)
    {
        try
        {
            await ReplayQueues.ClearAsync();
            var summary = await ReplayDriver.RunAsync(ReplayRuns.Options(season.From, season.To), CancellationToken.None);
            Assert.Empty(summary.TimerFailures);
            var rows = new List<Sent>();
            foreach (var (notice, occurrence) in season.Planned.Values.SelectMany(list => list).Where(p => p.Item2.DueUtc <= season.To))
            {
                var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(occurrence.DueUtc, ScheduleOptions.Default.TimeZone).DateTime);
                var jobId = FanOutJobIds.For(OccurrenceKeys.Row(notice.ItemId, notice.TemplateKind, occurrence.Id));
                rows.AddRange((await PipelineHarness.DeliveriesAsync(jobId)).Select(row =>
                    new Sent(jobId, row.Key, notice.TemplateKind, day, row.Value.GetString("Status") ?? "", row.Value.GetString("Reason"))));
            }

            var kinds = rows.Where(row => row.Status == nameof(DeliveryStatus.Delivered)).GroupBy(row => row.TemplateKind);
            output.WriteLine(string.Join(", ", kinds.Select(kind => string.Create(CultureInfo.InvariantCulture, $"{kind.Key} {kind.Count()}"))));
            return rows;
        }
        finally
        {
            var app = NotifyApp.Build([], builder => builder.Configuration.AddInMemoryCollection(ReplayRuns.Settings()));
            await using (app)
            {
                await StoredItems.RejectAllAsync(app.Services, [season.PolicyId]);
            }
        }
    }

    private static void AssertNoRecipientGetsAKindTwiceADay(List<Sent> rows)
    {
        Assert.NotEmpty(rows);
        var twice = rows.Where(row => row.Status == nameof(DeliveryStatus.Delivered))
            .GroupBy(row => (row.Recipient, row.TemplateKind, row.Day))
            .Where(group => group.Count() > 1)
            .Select(group => group.Key)
            .ToList();
        Assert.Empty(twice);
    }

    private static void AssertEachResidentGetsOneMessagePerOccurrence(Season season, List<Sent> rows)
    {
        var occurrences = season.Occurrences(YearlyItem).Count;
        Assert.True(occurrences >= 2, $"{occurrences} occurrences of the yearly rule in the season");
        foreach (var resident in season.Residents)
        {
            Assert.Equal((resident, occurrences), (resident, rows.Count(row => row.Recipient == resident && row.Status == nameof(DeliveryStatus.Delivered))));
        }
    }

    private static List<string> Outside(PolicyItem item, string policyId) =>
        [.. (item.Decisions.SameAs ?? []).Where(reference => !reference.StartsWith(policyId + "/", StringComparison.Ordinal))];

    private static async Task<byte[]> ShiftedSampleAsync(int year)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Samples, "jalaid-medical-insurance-2027.txt"));
        var shifted = text.Replace("2027", (year + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("2026", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(shifted);
    }

    private static Resident Resident(string tag, int index) => new(
        $"J{tag}{index:D4}",
        $"扎赉特{index}",
        string.Create(CultureInfo.InvariantCulture, $"+86197{index:D8}"),
        $"o-jalaid-{tag}-{index}",
        $"j{index}@example.cn",
        "jalaid.yinder",
        new DateOnly(1975, 5, 1).AddDays(index * 41),
        ResidentCategories.FarmersAndHerders,
        new HashSet<string> { ResidentGroups.MinimumLivingAllowance },
        null,
        ResidentLanguages.Chinese,
        [ResidentChannels.WeChat, ResidentChannels.Sms],
        new Dictionary<string, bool>());

    /// <summary>One delivery row of a job of either item.</summary>
    private sealed record Sent(string JobId, string Recipient, string TemplateKind, DateOnly Day, string Status, string? Reason);

    private sealed record Season(
        string PolicyId, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<string> Residents,
        IReadOnlyDictionary<string, List<(Notice Notice, PlannedOccurrence Occurrence)>> Planned)
    {
        public List<(Notice Notice, PlannedOccurrence Occurrence)> Occurrences(string itemId) =>
            [.. Planned[itemId].Where(p => p.Occurrence.DueUtc > From && p.Occurrence.DueUtc <= To)];
    }
}
