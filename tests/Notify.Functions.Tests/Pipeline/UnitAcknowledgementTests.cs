using System.Text.RegularExpressions;
using Notify.Core.Audiences;
using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Scheduling;
using Notify.Functions.Acknowledgements;
using Notify.Functions.Deliver;
using Notify.Functions.Notices;
using Notify.Functions.Review;
using Notify.Functions.Storage;
using Notify.Functions.Tests.Support;
using Notify.Functions.Units;
using Notify.Testing;
using Azure.Data.Tables;

namespace Notify.Functions.Tests.Pipeline;

[Collection(AppCollection.Name)]
public sealed partial class UnitAcknowledgementTests
{
    // 2048-03-01 09:00 Shanghai; the task is due 2048-04-20, so the nudges go out 04-06 (−14 d) and 04-17 (−3 d).
    private static readonly DateTimeOffset Approved = new(2048, 3, 1, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Due = new(2048, 4, 20);
    private const string ItemRow = "i00001";

    [Fact]
    public async Task A_unit_that_acknowledges_through_its_link_gets_no_further_nudges_while_the_other_unit_does()
    {
        await using var harness = await PipelineHarness.StartAsync(Approved);
        var policyId = "p" + harness.Tag;
        string[] units = [$"test.ack-{harness.Tag}-a", $"test.ack-{harness.Tag}-b"];
        await harness.Get<UnitContactStore>().UpsertBatchAsync(
            [.. units.Select((unit, i) => new UnitContact(unit, $"确认单位{i}", "旗", ["u-" + unit.Replace('.', '-')], [$"+8619801{i:D6}"], [$"{unit}@test.notify.example"]))],
            CancellationToken.None);

        // The link names the policy's item row, which the acknowledgement page shows, so the item is stored as approved.
        var extracted = new ExtractedItem(ItemKind.Deadline, Due, null, null, 1, "报送2048年度医保基金监管自查报告", "扎医保发〔2048〕3号",
            [.. units.Select(unit => new UnitRef(unit, unit))], [], ItemAudience.Units, [], [], 1, []);
        await TestAccount.Clients.GetTableClient(Tables.PolicyItems).UpsertEntityAsync(PolicyItemEntities.FromItem(policyId, ItemRow, extracted, ReviewState.Approved));
        var itemId = NoticeScheduler.ScheduledItemId(policyId, ItemRow);
        var notice = await harness.ScheduleAsync(new PlannedItem(itemId, ItemKind.Deadline, Due, null, null, ItemAudience.Units), new ResidentAudience(), [], unitIds: units);
        Assert.Equal(NoticeKinds.UnitDeadlineNudge, notice.TemplateKind);
        var (fortnight, threeDays) = (notice.Occurrences[0], notice.Occurrences[1]);
        Assert.Equal(("due-14d", "due-3d"), (fortnight.Purpose, threeDays.Purpose));

        var firstSweep = fortnight.DueUtc.AddSeconds(30);
        await harness.SweepAtAsync(firstSweep);
        var firstJob = PipelineHarness.JobId(notice, fortnight);
        var first = await harness.FinishedAsync(firstJob);

        Assert.Equal((2, 2), ((int)first.Total, (int)first.Delivered));
        var links = new Dictionary<string, Uri>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            var text = PipelineHarness.SandboxMessage(DeliveryKey.For(firstJob, unit).Id, firstSweep)?.GetString("Text");
            Assert.NotNull(text);
            var link = AckLink().Match(text);
            Assert.True(link.Success, $"no acknowledgement link in the message to {unit}: {text}");
            links[unit] = new Uri(link.Value);
        }

        Assert.NotEqual(links[units[0]], links[units[1]]);

        // The link points at the public base URL; the same path on the test app's own address.
        var acknowledgeAt = new Uri(harness.App.BaseAddress, links[units[0]].PathAndQuery);
        using (var client = new HttpClient())
        using (var response = await client.PostAsync(acknowledgeAt, null))
        {
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        Assert.True(await harness.Get<AcknowledgementStore>().IsAcknowledgedAsync(itemId, units[0], CancellationToken.None));
        Assert.False(await harness.Get<AcknowledgementStore>().IsAcknowledgedAsync(itemId, units[1], CancellationToken.None));

        var secondSweep = threeDays.DueUtc.AddSeconds(30);
        await harness.SweepAtAsync(secondSweep);
        var secondJob = PipelineHarness.JobId(notice, threeDays);
        var second = await harness.FinishedAsync(secondJob);

        Assert.Equal((1, 1), ((int)second.Total, (int)second.Delivered));
        var rows = await PipelineHarness.DeliveriesAsync(secondJob);
        Assert.Equal([units[1]], rows.Keys);
        Assert.Equal(nameof(DeliveryStatus.Delivered), rows[units[1]].GetString("Status"));
        Assert.Null(PipelineHarness.SandboxMessage(DeliveryKey.For(secondJob, units[0]).Id, secondSweep));
        Assert.Contains("/api/a/", PipelineHarness.SandboxMessage(DeliveryKey.For(secondJob, units[1]).Id, secondSweep)!.GetString("Text"), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https?://[^\s""'<>]+/api/a/[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+")]
    private static partial Regex AckLink();
}
