using Notify.Functions.Units;
using Notify.Functions.Registry;
using Notify.Core.Registry;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Notify.Functions.Ingest;
using Notify.Functions.Notices;
using Notify.Functions.Tests.Support;
using Notify.Testing;

namespace Notify.Functions.Tests.Review;

/// <summary>Notice kind, program name and task sentence: suggested at parse, required for approval, set by PATCH.</summary>
[Collection(AppCollection.Name)]
public sealed class NoticeWordingApiTests : IAsyncLifetime
{
    private NotifyTestApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await NotifyTestApp.StartAsync();
        await TestSenders.ApproveAsync(_app.Services, TestSenders.Baotou, TestSenders.BaotouOffice, TestSenders.Jalaid);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Parse_JalaidSample_SuggestsContributionWindowsWithTheirProgramAndUnitTasks()
    {
        var items = await ItemsAsync(await UploadAsync("jalaid-medical-insurance-2027.txt"));

        var residents = items.Where(item => Audience(item) == "residents").ToList();
        Assert.Equal(2, residents.Count);
        Assert.All(residents, item =>
        {
            Assert.Equal("contribution-window", Decision(item, "noticeKind"));
            Assert.Equal("2027年度城乡居民医保缴费", Decision(item, "programName"));
        });
        var tasks = items.Where(item => Audience(item) == "units").Select(item => Decision(item, "task")).ToList();
        Assert.Equal(["完成参保人员信息核对", "向旗医疗保障局报送上月参保缴费进度"], tasks);
    }

    [Fact]
    public async Task Parse_ElderlyCareSample_SuggestsASubsidyPaymentNamedAfterTheSubsidy()
    {
        var items = await ItemsAsync(await UploadAsync("baotou-elderly-care-plan-2026.txt"));

        var subsidy = Assert.Single(items, item => Audience(item) == "residents");
        Assert.Equal("subsidy-payment", Decision(subsidy, "noticeKind"));
        Assert.Equal("80周岁以上失能老年人护理补贴", Decision(subsidy, "programName"));
        Assert.All(items.Where(item => Audience(item) == "units"), item => Assert.NotNull(Decision(item, "task")));
    }

    [Fact]
    public async Task Approve_ResidentItemWithoutProgramName_Is409NamingTheField()
    {
        var policy = await UploadAsync("baotou-elderly-care-plan-2026.txt");
        var href = Href(policy, Assert.Single(await ItemsAsync(policy), item => Audience(item) == "residents"));
        using var cleared = await _app.Http.PatchAsJsonAsync(href, new { programName = "" });
        using var clearedBody = JsonDocument.Parse(await cleared.Content.ReadAsStringAsync());
        Assert.True(clearedBody.RootElement.GetProperty("item").GetProperty("needsReview").GetBoolean());
        Assert.Contains(clearedBody.RootElement.GetProperty("item").GetProperty("reasons").EnumerateArray(), reason => reason.GetString()!.EndsWith("set programName", StringComparison.Ordinal));

        using var refused = await _app.Http.PostAsync(new Uri(href + "/approve", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("PATCH programName", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var named = await _app.Http.PatchAsJsonAsync(href, new { programName = "居家养老服务补贴" });
        await _app.Services.GetRequiredService<ResidentStore>().UpsertBatchAsync([EligibleElder()], CancellationToken.None);
        using var approved = await _app.Http.PostAsync(new Uri(href + "/approve", UriKind.Relative), null);
        Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Approve_SubsidyPayment_SchedulesItsOwnTemplateWithTheApprovedNameAndNoUnpaidFilter()
    {
        var policy = await UploadAsync("baotou-elderly-care-plan-2026.txt");
        var item = Assert.Single(await ItemsAsync(policy), item => Audience(item) == "residents");
        var href = Href(policy, item);
        await PatchAsync(href, new { date = "2099-12-31", programName = "居家养老护理补贴" });

        using var approved = await _app.Http.PostAsync(new Uri(href + "/approve", UriKind.Relative), null);

        using var body = JsonDocument.Parse(await approved.Content.ReadAsStringAsync());
        Assert.StartsWith("resident-subsidy-payment ×1", body.RootElement.GetProperty("schedule").GetString(), StringComparison.Ordinal);
        var itemId = NoticeScheduler.ScheduledItemId(item.GetProperty("policyId").GetString()!, item.GetProperty("id").GetString()!);
        var notice = Assert.Single(await _app.Services.GetRequiredService<NoticeStore>().ListForItemAsync(itemId, CancellationToken.None));
        Assert.Equal("居家养老护理补贴", notice.Variables["programName"]);
        Assert.False(notice.UnpaidOnly);
    }

    [Fact]
    public async Task Approve_UnitItem_SchedulesNoticesThatCarryTheTaskSentence()
    {
        var policy = await UploadAsync("baotou-insurance-progress-reporting-2026.txt");
        var item = (await ItemsAsync(policy))[2];
        var href = Href(policy, item);
        await PatchAsync(href, new { date = "2099-03-15", task = "报送年度参保缴费工作总结", leadUnits = new[] { new { unitId = TestSenders.Baotou } } });
        await _app.Services.GetRequiredService<UnitContactStore>().UpsertBatchAsync(
            [new UnitContact(TestSenders.Baotou, "包头市医疗保障局", "市", ["u-baotou-ybj"], ["+8619800000081"], ["ybj@test.notify.example"])], CancellationToken.None);

        using var approved = await _app.Http.PostAsync(new Uri(href + "/approve", UriKind.Relative), null);

        Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        var itemId = NoticeScheduler.ScheduledItemId(item.GetProperty("policyId").GetString()!, item.GetProperty("id").GetString()!);
        var notices = await _app.Services.GetRequiredService<NoticeStore>().ListForItemAsync(itemId, CancellationToken.None);
        Assert.NotEmpty(notices);
        Assert.All(notices, notice => Assert.Equal("报送年度参保缴费工作总结", notice.Variables["task"]));
    }

    [Fact]
    public async Task Approve_UnitItemWithoutTask_Is409NamingTheField()
    {
        var policy = await UploadAsync("baotou-insurance-progress-reporting-2026.txt");
        var href = Href(policy, (await ItemsAsync(policy))[2]);
        using var cleared = await _app.Http.PatchAsJsonAsync(href, new { task = "" });

        using var refused = await _app.Http.PostAsync(new Uri(href + "/approve", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("PATCH task", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_UnitFixedByPatch_DropsTheUnknownUnitReasonAndNeedsReview()
    {
        var policy = await UploadAsync("baotou-elderly-care-plan-2026.txt");
        var href = Href(policy, (await ItemsAsync(policy))[0]);
        var kept = (await ItemAsync(href)).GetProperty("item").GetProperty("reasons").EnumerateArray().Select(reason => reason.GetString()).ToList();

        var broken = await PatchAsync(href, new { leadUnits = new[] { new { name = "市星际养老事务办公室" } } });
        Assert.True(broken.GetProperty("needsReview").GetBoolean());
        Assert.Contains(broken.GetProperty("reasons").EnumerateArray(), reason => reason.GetString()!.StartsWith("市星际养老事务办公室 is not in the unit directory", StringComparison.Ordinal));

        var fixedItem = await PatchAsync(href, new { leadUnits = new[] { new { name = "市民政局", unitId = "baotou.civil-affairs" } } });

        Assert.False(fixedItem.GetProperty("needsReview").GetBoolean());
        Assert.Equal(kept, fixedItem.GetProperty("reasons").EnumerateArray().Select(reason => reason.GetString()));
    }

    [Theory]
    [InlineData("{\"colour\":\"red\"}", "colour", "kind, date")]
    [InlineData("{\"date\":5}", "date", "a string")]
    [InlineData("{\"leadUnits\":\"市民政局\"}", "leadUnits", "an array of an object with name, unitId")]
    [InlineData("{\"leadUnits\":[{\"name\":\"市民政局\",\"id\":\"x\"}]}", "leadUnits[0].id", "name, unitId")]
    [InlineData("{\"date\":", "", "JSON object")]
    public async Task Edit_MalformedBody_Is400NamingTheFieldAndItsShape(string body, string field, string shape)
    {
        var policy = await UploadAsync("baotou-elderly-care-plan-2026.txt");
        var href = Href(policy, (await ItemsAsync(policy))[0]);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await _app.Http.PatchAsync(new Uri(href, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var detail = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.Contains(shape, detail, StringComparison.Ordinal);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), detail);
    }

    /// <summary>A resident the elderly-care subsidy is for (over 80, 失能, in Baotou), so its audience is not empty.</summary>
    private static Resident EligibleElder() => new(
        "NW" + Guid.NewGuid().ToString("N")[..10], "测试老人", "+8619800000080", "o-elder", "elder@example.cn", "baotou.kundulun",
        new DateOnly(1938, 5, 1), ResidentCategories.UrbanResidents, new HashSet<string> { "失能" }, null, ResidentLanguages.Chinese,
        [ResidentChannels.Sms], new Dictionary<string, bool>());

    private async Task<string> UploadAsync(string fileName)
    {
        var text = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Samples, fileName));
        using var response = await _app.Http.PostAsync(new Uri("/api/policies", UriKind.Relative), new ByteArrayContent(text));
        var created = (await response.Content.ReadFromJsonAsync<PolicyView>())!;
        var href = $"/api/policies/{created.Id}";
        await Eventually.ReturnsAsync(() => _app.Http.GetFromJsonAsync<PolicyView>(href), p => p!.Status == PolicyStatus.Parsed, "the policy to be parsed");
        return href;
    }

    private Task<List<JsonElement>> ItemsAsync(string policy) => _app.Http.GetJsonListAsync(policy + "/items");

    private Task<JsonElement> ItemAsync(string href) => _app.Http.GetJsonAsync(href);

    private async Task<JsonElement> PatchAsync(string href, object edit) => (await _app.Http.PatchItemAsync(href, edit)).GetProperty("item");

    private static string Href(string policy, JsonElement item) => $"{policy}/items/{item.GetProperty("id").GetString()}";

    private static string? Audience(JsonElement item) => item.GetProperty("item").GetProperty("audience").GetString();

    private static string? Decision(JsonElement item, string name) =>
        item.GetProperty("decisions").TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
