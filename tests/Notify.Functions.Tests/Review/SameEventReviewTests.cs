using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Functions.Notices;
using Notify.Functions.Review;
using Notify.Functions.Tests.Support;

namespace Notify.Functions.Tests.Review;

/// <summary>
/// Two policies describing one contribution window, stored the way a parse stores them (suggestions, then items):
/// the flags on both sides, the approval guard, and merge or keep-apart over HTTP. Each test uses its own year and
/// rejects its items when it ends, so later tests' items never match them (a yearly rule matches later years too);
/// the window's shape (10-11 to 03-17) is one no sample uses.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SameEventReviewTests : IAsyncLifetime
{
    private readonly List<string> _policies = [];
    private NotifyTestApp _app = null!;
    private int _year;

    public async Task InitializeAsync()
    {
        _app = await NotifyTestApp.StartAsync();
        _year = Random.Shared.Next(2200, 8000);
    }

    public async Task DisposeAsync()
    {
        await StoredItems.RejectAllAsync(_app.Services, _policies);
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Parse_SameWindowInTwoPolicies_FlagsBothSidesAndShowsThemInTheApi()
    {
        var yearlyPolicy = await StoreAsync(YearlyWindow(), UnitDeadline());
        var oneOffPolicy = await StoreAsync(OneOffWindow());

        var yearly = await ItemAsync(yearlyPolicy, "i00000");
        var oneOff = await ItemAsync(oneOffPolicy, "i00000");

        Assert.Equal([$"{yearlyPolicy}/i00000"], SameAs(oneOff));
        Assert.Equal([$"{oneOffPolicy}/i00000"], SameAs(yearly));
        Assert.Empty(SameAs(await ItemAsync(yearlyPolicy, "i00001")));
        using var flagged = JsonDocument.Parse(await _app.Http.GetStringAsync(new Uri($"/api/policies/{yearlyPolicy}/items?flagged=true", UriKind.Relative)));
        Assert.Equal(["i00000"], flagged.RootElement.EnumerateArray().Select(item => item.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Parse_TwoItemsOfOnePolicy_FlagEachOtherButNotARejectedItemOfAnotherPolicy()
    {
        var rejectedPolicy = await StoreAsync(OneOffWindow());
        using (await _app.Http.PostAsync(new Uri($"/api/policies/{rejectedPolicy}/items/i00000/reject", UriKind.Relative), null))
        {
        }

        var policy = await StoreAsync(YearlyWindow(), OneOffWindow());

        Assert.Equal([$"{policy}/i00001"], SameAs(await ItemAsync(policy, "i00000")));
        Assert.Equal([$"{policy}/i00000"], SameAs(await ItemAsync(policy, "i00001")));
    }

    [Fact]
    public async Task Approve_FlaggedItemUndecided_Is409UntilKeptApart()
    {
        var first = await StoreAsync(YearlyWindow());
        var second = await StoreAsync(OneOffWindow());
        var href = $"/api/policies/{second}/items/i00000";

        using var refused = await _app.Http.PostAsync(new Uri(href + "/approve", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains(
            $"Same as item {first}/i00000 ({_year}-10-11…{_year + 1}-03-17): merge it (PATCH mergeInto) or keep it apart (PATCH keepApartFrom) before approving.",
            await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var keptApart = await _app.Http.PatchAsJsonAsync(href, new { keepApartFrom = new[] { $"{first}/i00000" } });
        Assert.Equal(HttpStatusCode.OK, keptApart.StatusCode);
        using var approved = await _app.Http.PostAsync(new Uri(href + "/approve", UriKind.Relative), null);
        Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());

        using var otherSide = await _app.Http.PostAsync(new Uri($"/api/policies/{first}/items/i00000/approve", UriKind.Relative), null);
        Assert.True(otherSide.StatusCode == HttpStatusCode.OK, await otherSide.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Merge_IntoFlaggedItem_ApprovesWithoutSchedulingAndLetsTheCanonicalItemThrough()
    {
        var canonical = await StoreAsync(YearlyWindow());
        var later = await StoreAsync(OneOffWindow());
        var href = $"/api/policies/{later}/items/i00000";

        using var merged = await _app.Http.PatchAsJsonAsync(href, new { mergeInto = $"{canonical}/i00000" });
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        using var approved = await _app.Http.PostAsync(new Uri(href + "/approve", UriKind.Relative), null);
        using var canonicalApproved = await _app.Http.PostAsync(new Uri($"/api/policies/{canonical}/items/i00000/approve", UriKind.Relative), null);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (approved.StatusCode, canonicalApproved.StatusCode));
        var schedule = JsonDocument.Parse(await approved.Content.ReadAsStringAsync()).RootElement.GetProperty("schedule").GetString();
        Assert.StartsWith($"merged into {canonical}/i00000", schedule, StringComparison.Ordinal);
        var notices = _app.Services.GetRequiredService<NoticeStore>();
        Assert.Empty(await notices.ListForItemAsync(NoticeScheduler.ScheduledItemId(later, "i00000"), CancellationToken.None));
        Assert.NotEmpty(await notices.ListForItemAsync(NoticeScheduler.ScheduledItemId(canonical, "i00000"), CancellationToken.None));
    }

    [Fact]
    public async Task Merge_IntoMissingItem_Is400AndIntoRejectedItem_Is409()
    {
        var target = await StoreAsync(YearlyWindow());
        var later = await StoreAsync(OneOffWindow());
        var href = $"/api/policies/{later}/items/i00000";

        using var missing = await _app.Http.PatchAsJsonAsync(href, new { mergeInto = $"{target}/i00009" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True(JsonDocument.Parse(await missing.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("mergeInto", out _));

        using (await _app.Http.PostAsync(new Uri($"/api/policies/{target}/items/i00000/reject", UriKind.Relative), null))
        {
        }

        using var rejected = await _app.Http.PatchAsJsonAsync(href, new { mergeInto = $"{target}/i00000" });
        Assert.Equal(HttpStatusCode.Conflict, rejected.StatusCode);
        Assert.Contains("was rejected", await rejected.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await ItemAsync(later, "i00000")).GetProperty("decisions").GetProperty("mergedInto").GetString());
    }

    private async Task<string> StoreAsync(params ExtractedItem[] items)
    {
        var id = await StoredItems.StoreAsync(_app.Services, "城乡居民医保集中缴费", new ExtractionResult("utf-8", [], items, []));
        _policies.Add(id);
        return id;
    }

    private async Task<JsonElement> ItemAsync(string policyId, string itemId) =>
        JsonDocument.Parse(await _app.Http.GetStringAsync(new Uri($"/api/policies/{policyId}/items/{itemId}", UriKind.Relative))).RootElement.Clone();

    private static List<string?> SameAs(JsonElement item) =>
        item.GetProperty("decisions").TryGetProperty("sameAs", out var sameAs) && sameAs.ValueKind == JsonValueKind.Array
            ? [.. sameAs.EnumerateArray().Select(reference => reference.GetString())]
            : [];

    private ExtractedItem OneOffWindow() => Item(ItemKind.Window, new DateOnly(_year, 10, 11), new DateOnly(_year + 1, 3, 17), null, ItemAudience.Residents);

    private ExtractedItem YearlyWindow() => OneOffWindow() with { Recurrence = "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=11" };

    private ExtractedItem UnitDeadline() => Item(ItemKind.Deadline, new DateOnly(_year, 8, 31), null, null, ItemAudience.Units) with
    {
        LeadUnits = [new UnitRef("旗医疗保障局", "jalaid.medical-security")],
        ResidentGroups = [],
    };

    private ExtractedItem Item(ItemKind kind, DateOnly date, DateOnly? end, string? recurrence, ItemAudience audience) => new(
        kind, date, end, recurrence, 11, "集中参保缴费期", string.Create(CultureInfo.InvariantCulture, $"扎医保发〔{_year}〕9号"),
        [], [], audience, ["农牧民"], [], 0.9, []);
}
