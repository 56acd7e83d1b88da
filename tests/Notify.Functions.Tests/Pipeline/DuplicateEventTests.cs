using Notify.Core.Audiences;
using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Notices;
using Notify.Core.Registry;
using Notify.Core.Scheduling;
using Notify.Functions.Deliver;
using Notify.Functions.Notices;
using Notify.Functions.Tests.Support;

namespace Notify.Functions.Tests.Pipeline;

/// <summary>
/// Two approved items announcing one window to the same residents: the second job to reach a resident finds the
/// event row the first claimed and suppresses its message; an item about another program still sends.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DuplicateEventTests
{
    // 2061-08-25 09:00 Shanghai; the window opens 2061-09-01 and is announced at the send time that day.
    private static readonly DateTimeOffset Approved = new(2061, 8, 25, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OpeningDay = new(2061, 9, 1, 1, 0, 30, TimeSpan.Zero);

    [Fact]
    public async Task Two_jobs_about_one_event_reach_each_resident_once_and_another_programs_job_still_sends()
    {
        await using var harness = await PipelineHarness.StartAsync(Approved);
        var residents = Enumerable.Range(0, 12).Select(i => harness.Resident(i, category: ResidentCategories.FarmersAndHerders)).ToList();
        await harness.AddResidentsAsync(residents);
        var insurance = NoticeEvent.ForResidents("contribution-window", "城乡居民医保");
        var yearly = await ScheduleAsync(harness, "y", residents, insurance, "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=1");
        var oneOff = await ScheduleAsync(harness, "o", residents, insurance, null);
        var pension = await ScheduleAsync(harness, "p", residents, NoticeEvent.ForResidents("contribution-window", "城乡居民养老保险"), null);

        await harness.SweepAtAsync(OpeningDay);
        var jobs = new[] { yearly, oneOff, pension }.Select(notice => PipelineHarness.JobId(notice, notice.Occurrences[0])).ToArray();
        foreach (var job in jobs)
        {
            await harness.FinishedAsync(job);
        }

        var rows = await Task.WhenAll(jobs.Select(PipelineHarness.DeliveriesAsync));
        foreach (var resident in residents)
        {
            var statuses = rows.Take(2).Select(job => job[resident.Id].GetString("Status")).Order(StringComparer.Ordinal).ToList();
            Assert.Equal([nameof(DeliveryStatus.Delivered), nameof(DeliveryStatus.Suppressed)], statuses);
            var suppressed = rows.Take(2).Single(job => job[resident.Id].GetString("Status") == nameof(DeliveryStatus.Suppressed))[resident.Id];
            var sender = jobs[..2].Single(job => rows[Array.IndexOf(jobs, job)][resident.Id].GetString("Status") == nameof(DeliveryStatus.Delivered));
            Assert.Equal($"duplicate of job {sender}", suppressed.GetString("Reason"));
            Assert.Equal(nameof(DeliveryStatus.Delivered), rows[2][resident.Id].GetString("Status"));
        }
    }

    private static async Task<Notice> ScheduleAsync(PipelineHarness harness, string suffix, IReadOnlyList<Resident> residents, string noticeEvent, string? recurrence)
    {
        var item = new PlannedItem(suffix + harness.Tag, ItemKind.Window, new DateOnly(2061, 9, 1), new DateOnly(2062, 2, 25), recurrence, ItemAudience.Residents);
        await harness.ScheduleAsync(item, new ResidentAudience { Categories = [ResidentCategories.FarmersAndHerders] }, residents);
        var notices = harness.Get<NoticeStore>();
        foreach (var notice in await notices.ListForItemAsync(item.ItemId, CancellationToken.None))
        {
            await notices.SaveAsync(notice with { Event = noticeEvent }, CancellationToken.None);
        }

        return (await notices.FindAsync(item.ItemId, NoticeKinds.ResidentWindowOpening, CancellationToken.None))!;
    }
}
