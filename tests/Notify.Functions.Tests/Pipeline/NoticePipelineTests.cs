using Notify.Core.Audiences;
using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Registry;
using Notify.Core.Scheduling;
using Notify.Functions.Deliver;
using Notify.Functions.FanOut;
using Notify.Functions.Schedule;
using Notify.Functions.Storage;
using Notify.Functions.Tests.Support;
using Notify.Testing;
using Azure.Data.Tables;

namespace Notify.Functions.Tests.Pipeline;

[Collection(AppCollection.Name)]
public sealed class NoticePipelineTests
{
    // 2026-08-25 09:00 Shanghai; the contribution window opens 2026-09-01.
    private static readonly DateTimeOffset Approved = new(2026, 8, 25, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OpeningDay = new(2026, 9, 1, 1, 0, 30, TimeSpan.Zero);

    [Fact]
    public async Task A_window_opening_reaches_every_unpaid_resident_of_the_audience_once_on_their_first_usable_channel()
    {
        await using var harness = await PipelineHarness.StartAsync(Approved);
        var residents = new List<Resident>();
        for (var i = 0; i < 450; i++)
        {
            residents.Add(harness.Resident(
                i,
                region: i % 3 == 0 ? "jalaid.xinlin" : "jalaid.yinder",
                category: (i % 5) switch { 0 => ResidentCategories.Employees, 1 => ResidentCategories.UrbanResidents, _ => ResidentCategories.FarmersAndHerders },
                paidThrough: i % 7 == 0 ? 2027 : 2026,
                consent: i % 11 == 0 ? new Dictionary<string, bool> { [ResidentChannels.WeChat] = false } : null,
                language: i % 4 == 0 ? ResidentLanguages.Mongolian : ResidentLanguages.Chinese));
        }

        await harness.AddResidentsAsync(residents);
        var item = new PlannedItem("w" + harness.Tag, ItemKind.Window, new DateOnly(2026, 9, 1), new DateOnly(2027, 2, 25), null, ItemAudience.Residents);
        var audience = new ResidentAudience { Regions = ["jalaid"], Categories = [ResidentCategories.UrbanResidents, ResidentCategories.FarmersAndHerders] };
        var notice = await harness.ScheduleAsync(item, audience, residents, new Dictionary<string, decimal> { [ResidentCategories.UrbanResidents] = 400, [ResidentCategories.FarmersAndHerders] = 380 }, unpaidOnly: true);
        var opening = notice.Occurrences[0];

        await harness.SweepAtAsync(OpeningDay);
        var jobId = PipelineHarness.JobId(notice, opening);
        var progress = await harness.FinishedAsync(jobId);

        var expected = residents.Where(r => r.Category != ResidentCategories.Employees && r.PaidThroughYear < 2027).ToList();
        Assert.Equal(expected.Count, progress.Total);
        Assert.Equal(expected.Count, progress.Delivered);
        var rows = await PipelineHarness.DeliveriesAsync(jobId);
        Assert.Equal(expected.Select(r => r.Id).Order(), rows.Keys.Order());
        foreach (var resident in expected)
        {
            var row = rows[resident.Id];
            Assert.Equal(nameof(DeliveryStatus.Delivered), row.GetString("Status"));
            var refusedWeChat = resident.Consent.GetValueOrDefault(ResidentChannels.WeChat, true) == false;
            Assert.Equal(refusedWeChat ? "Sms" : "WeChat", row.GetString("Channel"));
            var sandbox = PipelineHarness.SandboxMessage(DeliveryKey.For(jobId, resident.Id).Id, OpeningDay);
            Assert.NotNull(sandbox);
            var text = sandbox.GetString("Text")!;
            Assert.Contains(resident.Category == ResidentCategories.UrbanResidents ? "400" : "380", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_batch_delivered_again_sends_nobody_twice()
    {
        await using var harness = await PipelineHarness.StartAsync(Approved);
        var residents = Enumerable.Range(0, 120).Select(i => harness.Resident(i)).ToList();
        await harness.AddResidentsAsync(residents);
        var item = new PlannedItem("r" + harness.Tag, ItemKind.Window, new DateOnly(2026, 9, 1), new DateOnly(2027, 2, 25), null, ItemAudience.Residents);
        var notice = await harness.ScheduleAsync(item, new ResidentAudience(), residents);
        await harness.SweepAtAsync(OpeningDay);
        var jobId = PipelineHarness.JobId(notice, notice.Occurrences[0]);
        await harness.FinishedAsync(jobId);
        var first = await PipelineHarness.DeliveriesAsync(jobId);

        // The same recipients again, as a restarted fan-out would enqueue them, an hour later.
        harness.Clock.SetUtcNow(OpeningDay.AddHours(1));
        var publisher = harness.Get<QueuePublisher>();
        var again = new DeliveryBatch(jobId, Guid.NewGuid().ToString("N"), 999, [.. residents.Select(r => ResidentRecipients.From(r, null))]);
        await publisher.PublishAsync(Queues.DeliveryBatches, again, CancellationToken.None);
        var progress = await Eventually.ReturnsAsync(
            async () => await harness.Get<FanOutJobStore>().GetProgressAsync(jobId, CancellationToken.None),
            p => p!.UpdatedAt >= OpeningDay.AddHours(1),
            "the repeated batch to be counted");

        Assert.Equal(residents.Count, progress!.Delivered);
        var second = await PipelineHarness.DeliveriesAsync(jobId);
        Assert.All(residents, r => Assert.Equal(first[r.Id].GetDateTimeOffset("UpdatedAt"), second[r.Id].GetDateTimeOffset("UpdatedAt")));
        Assert.All(residents, r => Assert.Equal(OpeningDay, PipelineHarness.SandboxMessage(DeliveryKey.For(jobId, r.Id).Id, OpeningDay)!.GetDateTimeOffset("RecordedAt")));
    }

    [Fact]
    public async Task A_cancelled_delivery_is_not_sent_and_is_counted_as_cancelled()
    {
        await using var harness = await PipelineHarness.StartAsync(Approved);
        var residents = Enumerable.Range(0, 10).Select(i => harness.Resident(i)).ToList();
        await harness.AddResidentsAsync(residents);
        var item = new PlannedItem("c" + harness.Tag, ItemKind.Window, new DateOnly(2026, 9, 1), new DateOnly(2027, 2, 25), null, ItemAudience.Residents);
        var notice = await harness.ScheduleAsync(item, new ResidentAudience(), residents);
        var jobId = PipelineHarness.JobId(notice, notice.Occurrences[0]);
        await harness.Get<DeliveryLedger>().CancelAsync(jobId, residents[3].Id, "contributions paid through 2027", CancellationToken.None);

        await harness.SweepAtAsync(OpeningDay);
        var progress = await harness.FinishedAsync(jobId);

        Assert.Equal((9, 1), ((int)progress.Delivered, (int)progress.Cancelled));
        var row = (await PipelineHarness.DeliveriesAsync(jobId))[residents[3].Id];
        Assert.Equal(nameof(DeliveryStatus.Cancelled), row.GetString("Status"));
        Assert.Equal("contributions paid through 2027", row.GetString("Reason"));
        Assert.Null(PipelineHarness.SandboxMessage(DeliveryKey.For(jobId, residents[3].Id).Id, OpeningDay));
    }

    [Fact]
    public async Task A_resident_occurrence_due_in_the_quiet_hours_waits_until_eight()
    {
        await using var harness = await PipelineHarness.StartAsync(Approved);
        var resident = harness.Resident(1);
        await harness.AddResidentsAsync([resident]);
        var item = new PlannedItem("q" + harness.Tag, ItemKind.Window, new DateOnly(2026, 9, 1), new DateOnly(2027, 2, 25), null, ItemAudience.Residents);
        var notice = await harness.ScheduleAsync(item, new ResidentAudience(), [resident]);
        var late = new DateTimeOffset(2026, 9, 3, 14, 30, 0, TimeSpan.Zero); // 22:30 Shanghai
        var direct = notice.Occurrences[0] with { Id = "late-" + harness.Tag, DueUtc = late };
        await harness.Get<OccurrenceStore>().SaveDirectAsync("p" + harness.Tag, notice.ItemId, notice.TemplateKind, direct, [resident.Id], CancellationToken.None);
        // The notice must know the occurrence the row names; direct occurrences carry their own dates.
        var jobId = PipelineHarness.JobId(notice, direct);

        await harness.SweepAtAsync(late.AddMinutes(1));
        await Task.Delay(1500);
        Assert.Null(await harness.Get<FanOutJobStore>().GetProgressAsync(jobId, CancellationToken.None));
        var eight = new DateTimeOffset(2026, 9, 4, 0, 0, 0, TimeSpan.Zero);
        var held = await harness.Get<OccurrenceStore>().FindAsync(OccurrenceKeys.Bucket(eight), OccurrenceKeys.Row(notice.ItemId, notice.TemplateKind, direct.Id), CancellationToken.None);
        Assert.Equal((OccurrenceStates.Scheduled, eight), (held!.State, held.DueUtc));

        await harness.SweepAtAsync(eight.AddSeconds(30));
        var progress = await harness.FinishedAsync(jobId);
        Assert.Equal(1, progress.Delivered);
    }

    [Fact]
    public async Task The_fourth_resident_notice_of_a_day_is_suppressed_by_the_daily_cap()
    {
        await using var harness = await PipelineHarness.StartAsync(Approved);
        var resident = harness.Resident(7);
        await harness.AddResidentsAsync([resident]);
        var jobs = new List<string>();
        for (var k = 0; k < 4; k++)
        {
            var item = new PlannedItem($"d{k}{harness.Tag}", ItemKind.Window, new DateOnly(2026, 9, 1), new DateOnly(2027, 2, 25), null, ItemAudience.Residents);
            var notice = await harness.ScheduleAsync(item, new ResidentAudience(), [resident]);
            jobs.Add(PipelineHarness.JobId(notice, notice.Occurrences[0]));
        }

        await harness.SweepAtAsync(OpeningDay);
        var results = new List<FanOutProgress>();
        foreach (var job in jobs)
        {
            results.Add(await harness.FinishedAsync(job));
        }

        Assert.Equal(3, results.Sum(p => p.Delivered));
        var suppressed = Assert.Single(results, p => p.Suppressed == 1);
        var row = (await PipelineHarness.DeliveriesAsync(suppressed.JobId))[resident.Id];
        Assert.Equal("daily-cap", row.GetString("ErrorCode"));
    }
}
