using System.Text;
using System.Text.Json;
using Notify.Core.Extraction;
using Notify.Functions.Tests.Support;

namespace Notify.Functions.Tests.Review;

/// <summary>
/// Why an item needs review, over HTTP: the list and the item say it in words with their causes, each edit that
/// fixes a cause clears its reason and the history says which, and an item with no reason left needs no review.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ReviewReasonsApiTests : IAsyncLifetime
{
    private const string Notice = "包府办发〔2026〕58号\n包头市人民政府办公室关于开展冬季燃气安全排查的通知\n"
        + "一、12月20日前完成辖区内燃气场所排查。（市寒潮应对服务局牵头）\n包头市人民政府办公室\n2026年11月2日\n";

    private const string UnknownUnitStart = "市寒潮应对服务局 is not in the unit directory";

    private NotifyTestApp _app = null!;

    public async Task InitializeAsync() => _app = await NotifyTestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Review_InferredYearAndUnknownUnit_ListedInWordsThenClearedOneEditAtATime()
    {
        var policy = await UploadAsync(Notice);

        var listed = Assert.Single(await ListAsync(policy + "/items?needsReview=true"));
        Assert.True(listed.GetProperty("item").GetProperty("needsReview").GetBoolean());
        Assert.Equal([ReviewRule.DateInferredCode, ReviewRule.UnknownUnitCode], Codes(listed));
        var reasons = Reasons(listed);
        Assert.Equal("The year 2026 was taken from the document's title or signing date; check the date.", reasons[0]);
        Assert.Equal(
            "市寒潮应对服务局 is not in the unit directory: it will be routed to the issuing office (包头市人民政府办公室) — pick a unit or add it to the directory.",
            reasons[1]);
        var href = $"{policy}/items/{listed.GetProperty("id").GetString()}";

        var dated = await PatchAsync(href, new { date = "2026-12-20" });
        Assert.Equal([ReviewRule.UnknownUnitCode], Codes(dated));
        Assert.True(dated.GetProperty("item").GetProperty("needsReview").GetBoolean(), "the unit is still not in the directory");
        Assert.Equal([reasons[0]], LastCleared(await GetAsync(href)));

        var routed = await PatchAsync(href, new { leadUnits = new[] { new { unitId = "baotou.emergency" } } });
        Assert.False(routed.GetProperty("item").GetProperty("needsReview").GetBoolean(), string.Join(" | ", Reasons(routed)));
        Assert.Empty(routed.GetProperty("why").EnumerateArray());
        Assert.Equal([reasons[1]], LastCleared(await GetAsync(href)));
        Assert.Single(await ListAsync(policy + "/items?needsReview=false"));
        Assert.Empty(await ListAsync(policy + "/items?needsReview=true"));
    }

    [Fact]
    public async Task Review_EditThatLeavesTheCause_KeepsTheReasonAndClearsNothing()
    {
        var policy = await UploadAsync(Notice);
        var listed = Assert.Single(await ListAsync(policy + "/items"));
        var href = $"{policy}/items/{listed.GetProperty("id").GetString()}";

        var renamed = await PatchAsync(href, new { leadUnits = new[] { new { name = "市寒潮应对服务局" } }, task = "完成辖区燃气场所排查" });

        Assert.Equal(Reasons(listed), Reasons(renamed));
        var entry = Assert.Single((await GetAsync(href)).GetProperty("history").EnumerateArray());
        Assert.False(entry.TryGetProperty("cleared", out var cleared) && cleared.ValueKind != JsonValueKind.Null, "an edit that fixes no cause clears nothing");
    }

    [Fact]
    public async Task Review_UnitRemovedFromATask_AsksForTheResponsibleUnitUntilOneIsChosen()
    {
        var policy = await UploadAsync(Notice);
        var listed = Assert.Single(await ListAsync(policy + "/items"));
        var href = $"{policy}/items/{listed.GetProperty("id").GetString()}";

        var unassigned = await PatchAsync(href, new { date = "2026-12-20", leadUnits = Array.Empty<object>() });
        Assert.Equal([ReviewRule.NoUnitReason], Reasons(unassigned));
        Assert.Equal([ReviewRule.NoUnitCode], Codes(unassigned));

        var assigned = await PatchAsync(href, new { leadUnits = new[] { new { unitId = "baotou.emergency" } } });
        Assert.False(assigned.GetProperty("item").GetProperty("needsReview").GetBoolean());
        Assert.Equal([ReviewRule.NoUnitReason], LastCleared(await GetAsync(href)));
    }

    private Task<string> UploadAsync(string text) => SamplePolicies.UploadParsedAsync(_app, Encoding.UTF8.GetBytes(text));

    private Task<List<JsonElement>> ListAsync(string href) => _app.Http.GetJsonListAsync(href);

    private Task<JsonElement> GetAsync(string href) => _app.Http.GetJsonAsync(href);

    private Task<JsonElement> PatchAsync(string href, object edit) => _app.Http.PatchItemAsync(href, edit);

    private static List<string> Reasons(JsonElement view) =>
        [.. view.GetProperty("item").GetProperty("reasons").EnumerateArray().Select(reason => reason.GetString()!)];

    private static List<string> Codes(JsonElement view)
    {
        var why = view.GetProperty("why").EnumerateArray().ToList();
        Assert.Equal(Reasons(view), why.Select(reason => reason.GetProperty("text").GetString()!));
        return [.. why.Select(reason => reason.GetProperty("code").GetString()!)];
    }

    private static List<string> LastCleared(JsonElement view) =>
        [.. view.GetProperty("history").EnumerateArray().Last().GetProperty("cleared").EnumerateArray().Select(reason => reason.GetString()!)];
}
