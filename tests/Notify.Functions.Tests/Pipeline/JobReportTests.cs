using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Notify.Core.Audiences;
using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Scheduling;
using Notify.Functions.Access;
using Notify.Functions.FanOut;
using Notify.Functions.Notices;
using Notify.Functions.Schedule;
using Notify.Functions.Tests.Review;
using Notify.Functions.Tests.Support;

namespace Notify.Functions.Tests.Pipeline;

/// <summary>What a job and a recipient's history say after sending, read over HTTP.</summary>
[Collection(AppCollection.Name)]
public sealed class JobReportTests
{
    private static readonly DateTimeOffset Approved = new(2026, 8, 25, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OpeningDay = new(2026, 9, 1, 1, 0, 30, TimeSpan.Zero);

    [Fact]
    public async Task Job_WithNoRecipients_IsEmptyWithItsReason_NeverDone()
    {
        await using var harness = await PipelineHarness.StartAsync(Approved);
        var nobody = harness.Resident(1); // never stored
        var notice = await harness.ScheduleAsync(WindowItem(harness, "e"), new ResidentAudience { Regions = ["jalaid.xinlin"] }, [nobody]);
        var jobId = PipelineHarness.JobId(notice, notice.Occurrences[0]);

        await harness.SweepAtAsync(OpeningDay);
        await harness.FinishedAsync(jobId);

        var job = await harness.App.Http.GetFromJsonAsync<JsonElement>(new Uri($"/api/jobs/{jobId}", UriKind.Relative));
        Assert.Equal(("empty", 0), (job.GetProperty("state").GetString(), job.GetProperty("total").GetInt32()));
        Assert.StartsWith("no recipients: no resident matches", job.GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.Contains("新林镇 (jalaid.xinlin)", job.GetProperty("problem").GetString(), StringComparison.Ordinal);
        var listed = await harness.App.Http.GetFromJsonAsync<JsonElement>(new Uri("/api/jobs?top=200", UriKind.Relative));
        Assert.Contains(listed.EnumerateArray(), entry => entry.GetProperty("jobId").GetString() == jobId && entry.GetProperty("state").GetString() == "empty");
    }

    [Fact]
    public async Task Job_CountsStatusesAndTopReasons_AndEachResidentsHistoryListsTheMessage()
    {
        await using var harness = await PipelineHarness.StartAsync(Approved);
        var reachable = Enumerable.Range(0, 2).Select(i => harness.Resident(i)).ToList();
        var unreachable = Enumerable.Range(2, 3).Select(i => harness.Resident(i) with { Phone = null, WeChatOpenId = null, Email = null }).ToList();
        await harness.AddResidentsAsync([.. reachable, .. unreachable]);
        var notice = await harness.ScheduleAsync(WindowItem(harness, "r"), new ResidentAudience(), [.. reachable, .. unreachable]);
        var jobId = PipelineHarness.JobId(notice, notice.Occurrences[0]);

        await harness.SweepAtAsync(OpeningDay);
        await harness.FinishedAsync(jobId);

        var job = await harness.App.Http.GetFromJsonAsync<JsonElement>(new Uri($"/api/jobs/{jobId}", UriKind.Relative));
        Assert.Equal(("paged", 5, 2, 3), (job.GetProperty("state").GetString(), job.GetProperty("total").GetInt32(), job.GetProperty("delivered").GetInt32(), job.GetProperty("failed").GetInt32()));
        var top = Assert.Single(job.GetProperty("topReasons").EnumerateArray());
        Assert.Equal(("no address on any channel", 3), (top.GetProperty("reason").GetString(), top.GetProperty("count").GetInt32()));
        Assert.Equal(JsonValueKind.Null, job.GetProperty("problem").ValueKind);

        using var auditor = await harness.App.CreateClientAsync(ApiRole.Auditor);
        var history = await auditor.GetFromJsonAsync<JsonElement>(new Uri($"/api/residents/{reachable[0].Id}/history", UriKind.Relative));
        var message = Assert.Single(history.GetProperty("messages").EnumerateArray());
        Assert.Equal(
            (jobId, NoticeKinds.ResidentWindowOpening, "WeChat", "Delivered"),
            (message.GetProperty("jobId").GetString(), message.GetProperty("templateKind").GetString(), message.GetProperty("channel").GetString(), message.GetProperty("status").GetString()));
        Assert.True(message.GetProperty("templateVersion").GetInt32() >= 1);
        Assert.Equal(("p" + harness.Tag, notice.ItemId), (message.GetProperty("policyId").GetString(), message.GetProperty("itemId").GetString()));
        Assert.EndsWith("+08:00", message.GetProperty("due").GetString(), StringComparison.Ordinal);
        var failed = await auditor.GetFromJsonAsync<JsonElement>(new Uri($"/api/residents/{unreachable[0].Id}/history", UriKind.Relative));
        Assert.Equal("PermanentFailure", Assert.Single(failed.GetProperty("messages").EnumerateArray()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Job_ReachingNobody_IsAProblemNamingTheTopReason()
    {
        await using var harness = await PipelineHarness.StartAsync(Approved);
        var residents = Enumerable.Range(0, 2).Select(i => harness.Resident(i) with { Phone = null, WeChatOpenId = null, Email = null }).ToList();
        await harness.AddResidentsAsync(residents);
        var notice = await harness.ScheduleAsync(WindowItem(harness, "n"), new ResidentAudience(), residents);
        var jobId = PipelineHarness.JobId(notice, notice.Occurrences[0]);

        await harness.SweepAtAsync(OpeningDay);
        await harness.FinishedAsync(jobId);

        var job = await harness.App.Http.GetFromJsonAsync<JsonElement>(new Uri($"/api/jobs/{jobId}", UriKind.Relative));
        Assert.Equal("nobody was reached: no address on any channel", job.GetProperty("problem").GetString());
    }

    [Fact]
    public async Task UnitsWithoutContact_AreNudgedThroughTheIssuer_WhoseHistoryAndJobSaySo()
    {
        const string unit = "jalaid.huerle.government";
        await using var harness = await PipelineHarness.StartAsync(Approved);
        await ItemPreviewApiTests.ForgetContactAsync(unit);
        await ItemPreviewApiTests.GiveContactAsync(harness, "jalaid.government", "扎赉特旗人民政府");
        var href = await ItemPreviewApiTests.StoreItemAsync(harness, ItemPreviewApiTests.DeadlineItem(unit, "胡尔勒镇人民政府"));
        using (var edited = await harness.App.Http.PatchAsJsonAsync(new Uri(href, UriKind.Relative), new { authority = "jalaid.government" }))
        {
            Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        }

        using (var approved = await harness.App.Http.PostAsync(new Uri(href + "/approve", UriKind.Relative), null))
        {
            Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        }

        var notice = (await harness.Get<NoticeStore>().ListForItemAsync(NoticeScheduler.ScheduledItemId("pv" + harness.Tag, "i00000"), CancellationToken.None))
            .Single(candidate => candidate.TemplateKind == NoticeKinds.UnitDeadlineNudge);
        var first = notice.Occurrences[0];
        var jobId = PipelineHarness.JobId(notice, first);
        await harness.SweepAtAsync(first.DueUtc.AddSeconds(30));
        await harness.FinishedAsync(jobId);

        var job = await harness.App.Http.GetFromJsonAsync<JsonElement>(new Uri($"/api/jobs/{jobId}", UriKind.Relative));
        Assert.True((1, 1) == (job.GetProperty("total").GetInt32(), job.GetProperty("delivered").GetInt32()), job.ToString());
        Assert.Equal("no contact for 胡尔勒镇人民政府 (jalaid.huerle.government): sent to the issuer jalaid.government", job.GetProperty("problem").GetString());
        var sent = PipelineHarness.SandboxMessage(Notify.Functions.Deliver.DeliveryKey.For(jobId, "jalaid.government").Id, first.DueUtc.AddSeconds(30));
        Assert.Contains("胡尔勒镇人民政府无联系人，请转告", sent!.GetString("Text"), StringComparison.Ordinal);
        var history = await harness.App.Http.GetFromJsonAsync<JsonElement>(new Uri("/api/units/jalaid.government/history", UriKind.Relative));
        Assert.Contains(history.GetProperty("messages").EnumerateArray(), message =>
            message.GetProperty("jobId").GetString() == jobId && message.GetProperty("itemId").GetString() == "i00000"
            && message.GetProperty("templateKind").GetString() == NoticeKinds.UnitDeadlineNudge
            && message.GetProperty("status").GetString() == "Delivered" && message.GetProperty("channel").GetString() == "Sms");
    }

    [Fact]
    public async Task History_NeedsAnOperatorOrAuditorKey_AndAnUnknownResidentIs404()
    {
        await using var harness = await PipelineHarness.StartAsync(Approved);
        using var editor = await harness.App.CreateClientAsync(ApiRole.Editor);

        using var forbidden = await editor.GetAsync(new Uri("/api/residents/x/history", UriKind.Relative));
        using var unknown = await harness.App.Http.GetAsync(new Uri($"/api/residents/nobody{harness.Tag}/history", UriKind.Relative));
        using var unknownUnit = await harness.App.Http.GetAsync(new Uri("/api/units/no.such.unit/history", UriKind.Relative));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (forbidden.StatusCode, unknown.StatusCode, unknownUnit.StatusCode));
    }

    private static PlannedItem WindowItem(PipelineHarness harness, string prefix) =>
        new(prefix + harness.Tag, ItemKind.Window, new DateOnly(2026, 9, 1), new DateOnly(2027, 2, 25), null, ItemAudience.Residents);
}
