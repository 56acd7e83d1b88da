using System.Net;
using System.Text.Json;
using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Scheduling;
using Notify.Functions.FanOut;
using Notify.Functions.Notices;
using Notify.Functions.Review;
using Notify.Functions.Schedule;
using Notify.Functions.Storage;
using Notify.Functions.Tests.Support;
using Notify.Testing;
using Azure.Data.Tables;

namespace Notify.Functions.Tests.Pipeline;

[Collection(AppCollection.Name)]
public sealed class ExpiredItemTests
{
    // 2048-09-01 10:00 Shanghai: an hour after the last send either item below would have had.
    private static readonly DateTimeOffset Now = new(2048, 9, 1, 2, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, ItemKind, ItemAudience, DateOnly, DateOnly?> PastItems => new()
    {
        // The eighth weekly overdue nudge (+57 d) fell due 2048-09-01 09:00.
        { "unit deadline", ItemKind.Deadline, ItemAudience.Units, new DateOnly(2048, 7, 6), null },
        // Opening 06-01, closing reminders 08-17 and 08-28.
        { "resident window", ItemKind.Window, ItemAudience.Residents, new DateOnly(2048, 6, 1), new DateOnly(2048, 8, 31) },
    };

    [Theory]
    [MemberData(nameof(PastItems))]
    public async Task Approving_an_item_whose_every_send_is_past_marks_it_expired_and_schedules_and_sends_nothing(
        string what, ItemKind kind, ItemAudience audience, DateOnly date, DateOnly? endDate)
    {
        await using var harness = await PipelineHarness.StartAsync(Now);
        var policyId = "x" + harness.Tag;
        const string itemRow = "i00001";
        var extracted = new ExtractedItem(kind, date, endDate, null, 1, $"已过期的{what}", "扎医保发〔2048〕7号",
            [new UnitRef("扎赉特旗医疗保障局", "jalaid.healthcare-security")], [], audience, [], [], 1, []);
        await TestAccount.Clients.GetTableClient(Tables.PolicyItems).UpsertEntityAsync(PolicyItemEntities.FromItem(policyId, itemRow, extracted, ReviewState.Proposed, Confirmed(audience)));
        var itemId = NoticeScheduler.ScheduledItemId(policyId, itemRow);

        // What approval on the day of the policy would have planned: the sends that are all past now.
        var wouldHave = OccurrencePlanner.Plan(PlannedItem.From(itemId, extracted), Now.AddMonths(-6), ScheduleOptions.Default);
        var occurrences = wouldHave.Notices.SelectMany(n => n.Occurrences.Select(o => (n.TemplateKind, Occurrence: o))).ToList();
        Assert.NotEmpty(occurrences);
        Assert.All(occurrences, o => Assert.True(o.Occurrence.DueUtc < Now));
        if (kind == ItemKind.Deadline)
        {
            // Within the 48 hours a sweep looks back: a sweep now would send it, had it been saved.
            Assert.Contains(occurrences, o => o.Occurrence.DueUtc > Now.AddHours(-OccurrenceStore.LookbackHours));
        }

        using var response = await harness.App.Http.PostAsync(new Uri($"api/policies/{policyId}/items/{itemRow}/approve", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(ReviewState.Approved, body.GetProperty("reviewState").GetString());
        Assert.StartsWith(NoticeScheduler.ExpiredPrefix, body.GetProperty("schedule").GetString(), StringComparison.Ordinal);
        Assert.Empty(await harness.Get<NoticeStore>().ListForItemAsync(itemId, CancellationToken.None));
        Assert.Empty(await OccurrenceRowsAsync(itemId));

        await harness.SweepAtAsync(Now.AddSeconds(30));
        await Task.Delay(1500);

        Assert.Empty(await OccurrenceRowsAsync(itemId));
        foreach (var (templateKind, occurrence) in occurrences)
        {
            var jobId = FanOutJobIds.For(OccurrenceKeys.Row(itemId, templateKind, occurrence.Id));
            Assert.Null(await harness.Get<FanOutJobStore>().GetProgressAsync(jobId, CancellationToken.None));
            Assert.Empty(await PipelineHarness.DeliveriesAsync(jobId));
        }
    }

    /// <summary>What a reviewer confirms before approval: the notice kind and program name, or the unit task.</summary>
    private static ItemDecisions Confirmed(ItemAudience audience) => audience == ItemAudience.Residents
        ? new ItemDecisions(NoticeKind: "contribution-window", ProgramName: "2049年度城乡居民医保缴费", AuthorityId: TestSenders.Jalaid)
        : new ItemDecisions(Task: "完成参保人员信息核对", AuthorityId: TestSenders.Jalaid);

    private static async Task<List<string>> OccurrenceRowsAsync(string itemId)
    {
        var keys = new List<string>();
        await foreach (var row in TestAccount.Clients.GetTableClient(Tables.Occurrences).QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"ItemId eq {itemId}"), select: ["ItemId"]))
        {
            keys.Add(row.RowKey);
        }

        return keys;
    }
}
