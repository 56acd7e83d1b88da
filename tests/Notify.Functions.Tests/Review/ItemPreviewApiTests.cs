using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Registry;
using Notify.Core.Residents;
using Notify.Functions.Consent;
using Notify.Functions.Review;
using Notify.Functions.Storage;
using Notify.Functions.Tests.Pipeline;
using Notify.Functions.Tests.Support;
using Notify.Functions.Units;

namespace Notify.Functions.Tests.Review;

/// <summary>
/// GET …/items/{itemId}/preview and the empty-audience guard over HTTP, on a registry region each test empties and
/// fills with its own few residents.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ItemPreviewApiTests
{
    // 2026-08-25 09:00 Shanghai, a week before the window opens.
    private static readonly DateTimeOffset Now = new(2026, 8, 25, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Preview_ResidentWindow_CountsRegionsChannelsAndUnreachableAndRendersSamplesPerLanguage()
    {
        const string region = "jalaid.aladartu";
        await using var harness = await PipelineHarness.StartAsync(Now);
        await EmptyRegionAsync(region);
        var optedOutPhone = string.Create(CultureInfo.InvariantCulture, $"+86139{Random.Shared.Next(10_000_000, 99_999_999)}");
        Resident[] residents =
        [
            harness.Resident(0, region),
            harness.Resident(1, region, language: ResidentLanguages.Mongolian, consent: new Dictionary<string, bool> { [ResidentChannels.WeChat] = false }),
            harness.Resident(2, region) with { Phone = null, WeChatOpenId = null, Email = null },
            harness.Resident(3, region, channels: [ResidentChannels.Sms]) with { Phone = optedOutPhone },
            harness.Resident(4, region, category: ResidentCategories.Employees),
        ];
        await harness.AddResidentsAsync(residents);
        await harness.Get<SmsOptOutStore>().OptOutAsync(optedOutPhone, "test", "STOP", CancellationToken.None);
        var href = await StoreItemAsync(harness, WindowItem("jalaid.aladartu.government", "阿拉达尔吐苏木人民政府"));

        using var response = await harness.App.Http.GetAsync(new Uri(href + "/preview", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var preview = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var occurrences = preview.RootElement.GetProperty("occurrences").EnumerateArray().ToList();
        Assert.True(occurrences.Count >= 2, preview.RootElement.ToString());
        var opening = occurrences[0];
        Assert.Equal("residents", opening.GetProperty("audience").GetString());
        Assert.EndsWith("+08:00", opening.GetProperty("due").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("2026-09-01T", opening.GetProperty("due").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, opening.GetProperty("recipients").GetInt64());
        Assert.Equal(new Dictionary<string, long> { [region] = 4 }, Counts(opening.GetProperty("byRegion")));
        Assert.Equal(new Dictionary<string, long> { ["WeChat"] = 1, ["Sms"] = 1 }, Counts(opening.GetProperty("byChannel")));
        Assert.Equal(2, opening.GetProperty("unreachable").GetInt64());
        Assert.Equal(
            new Dictionary<string, long> { ["no address on any channel"] = 1, ["opted out of every channel"] = 1 },
            Counts(opening.GetProperty("unreachableReasons")));

        var samples = opening.GetProperty("samples").EnumerateArray().ToList();
        var mongolian = Assert.Single(samples, sample => sample.GetProperty("recipientId").GetString() == residents[1].Id && sample.GetProperty("planned").GetBoolean());
        Assert.Equal(("mn-Mong", "Sms"), (mongolian.GetProperty("locale").GetString(), mongolian.GetProperty("channel").GetString()));
        var chinese = Assert.Single(samples, sample => sample.GetProperty("recipientId").GetString() == residents[0].Id && sample.GetProperty("channel").GetString() == "Sms");
        Assert.Equal("zh-Hans", chinese.GetProperty("locale").GetString());
        Assert.False(chinese.GetProperty("planned").GetBoolean());
        Assert.Contains(samples, sample => sample.GetProperty("recipientId").GetString() == residents[0].Id && sample.GetProperty("channel").GetString() == "WeChat" && sample.GetProperty("planned").GetBoolean());
        var chineseText = chinese.GetProperty("content").GetProperty("body").GetString()!;
        var mongolianText = mongolian.GetProperty("content").GetProperty("body").GetString()!;
        Assert.Contains(residents[0].Name, chineseText, StringComparison.Ordinal);
        Assert.NotEqual(chineseText.Replace(residents[0].Name, "", StringComparison.Ordinal), mongolianText.Replace(residents[1].Name, "", StringComparison.Ordinal));
        Assert.DoesNotContain(samples, sample => sample.GetProperty("recipientId").GetString() == residents[4].Id);
    }

    [Fact]
    public async Task Approve_NoResidentInTheAudience_IsRefusedWithTheGroupsAndRegions_UntilOneIsRegistered()
    {
        const string region = "jalaid.baoligenhua";
        await using var harness = await PipelineHarness.StartAsync(Now);
        await EmptyRegionAsync(region);
        var href = await StoreItemAsync(harness, WindowItem("jalaid.baoligenhua.government", "宝力根花苏木人民政府"));

        using var refused = await harness.App.Http.PostAsync(new Uri(href + "/approve", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var detail = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.Contains("No resident matches groups 农牧民 in regions 宝力根花苏木 (jalaid.baoligenhua)", detail, StringComparison.Ordinal);
        using (var preview = JsonDocument.Parse(await harness.App.Http.GetStringAsync(new Uri(href + "/preview", UriKind.Relative))))
        {
            Assert.All(preview.RootElement.GetProperty("occurrences").EnumerateArray(), occurrence => Assert.Equal(0, occurrence.GetProperty("recipients").GetInt64()));
        }

        await harness.AddResidentsAsync([harness.Resident(0, region)]);
        using var approved = await harness.App.Http.PostAsync(new Uri(href + "/approve", UriKind.Relative), null);
        Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Approve_LeadUnitWithoutContact_IsRefusedNamingIt_AndAllowedOnceAnIssuerWithAContactIsChosen()
    {
        const string unit = "jalaid.huerle.government";
        await using var harness = await PipelineHarness.StartAsync(Now);
        await ForgetContactAsync(unit);
        await GiveContactAsync(harness, "jalaid.government", "扎赉特旗人民政府");
        var href = await StoreItemAsync(harness, DeadlineItem(unit, "胡尔勒镇人民政府"));

        using var refused = await harness.App.Http.PostAsync(new Uri(href + "/approve", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var detail = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.Contains("None of the lead units has a contact: 胡尔勒镇人民政府 (jalaid.huerle.government)", detail, StringComparison.Ordinal);

        using var edited = await harness.App.Http.PatchAsJsonAsync(new Uri(href, UriKind.Relative), new { authority = "jalaid.government" });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        using (var preview = JsonDocument.Parse(await harness.App.Http.GetStringAsync(new Uri(href + "/preview", UriKind.Relative))))
        {
            var lead = Assert.Single(preview.RootElement.GetProperty("units").EnumerateArray());
            Assert.False(lead.GetProperty("hasContact").GetBoolean());
            Assert.Equal("no contact: its messages go to the issuer 扎赉特旗人民政府", lead.GetProperty("note").GetString());
            var nudge = preview.RootElement.GetProperty("occurrences")[0];
            Assert.Equal(("units", 1L, 0L), (nudge.GetProperty("audience").GetString(), nudge.GetProperty("recipients").GetInt64(), nudge.GetProperty("unreachable").GetInt64()));
        }

        using var approved = await harness.App.Http.PostAsync(new Uri(href + "/approve", UriKind.Relative), null);
        Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Preview_UnknownItem_Is404()
    {
        await using var harness = await PipelineHarness.StartAsync(Now);

        using var response = await harness.App.Http.GetAsync(new Uri("/api/policies/nope/items/i00000/preview", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    internal static ExtractedItem WindowItem(string unitId, string unitName) => new(
        ItemKind.Window, new DateOnly(2026, 9, 1), new DateOnly(2026, 12, 31), null, 3, "农牧民于2026年9月1日至12月31日办理参保登记", "扎医保发〔2026〕9号",
        [new UnitRef(unitName, unitId)], [], ItemAudience.Residents, [ResidentGroups.FarmersAndHerders], [], 0.95, []);

    internal static ExtractedItem DeadlineItem(string unitId, string unitName) => new(
        ItemKind.Deadline, new DateOnly(2026, 9, 30), null, null, 5, "各单位于2026年9月30日前报送工作总结", "扎政办发〔2026〕12号",
        [new UnitRef(unitName, unitId)], [], ItemAudience.Units, [], [], 0.95, []);

    /// <summary>
    /// Stores <paramref name="item"/> as the only item of a fresh policy, with the decisions a reviewer would confirm
    /// (Jalaid's medical security bureau speaking for residents; unit items wait for the issuer a test picks, which has a profile), and answers its API path.
    /// </summary>
    internal static async Task<string> StoreItemAsync(PipelineHarness harness, ExtractedItem item)
    {
        var policyId = "pv" + harness.Tag;
        await TestSenders.ApproveAsync(harness.App.Services, TestSenders.Jalaid, "jalaid.government");
        var decisions = item.Audience == ItemAudience.Residents
            ? new ItemDecisions(NoticeKind: "contribution-window", ProgramName: "城乡居民参保登记", AuthorityId: TestSenders.Jalaid)
            : new ItemDecisions(Task: $"报送工作总结（{harness.Tag}）");
        await harness.Get<PolicyItemStore>().SaveExtractionAsync(policyId, new ExtractionResult("utf-8", [], [item], []), [decisions], CancellationToken.None);
        return $"/api/policies/{policyId}/items/{PolicyItemEntities.ItemRow(0)}";
    }

    /// <summary>Deletes every resident of <paramref name="region"/>, whatever earlier tests or a demo left there.</summary>
    internal static async Task EmptyRegionAsync(string region)
    {
        var table = TestAccount.Clients.GetTableClient(Tables.Residents);
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {region}"), select: ["PartitionKey", "RowKey"]))
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        }
    }

    internal static async Task ForgetContactAsync(string unitId) =>
        await TestAccount.Clients.GetTableClient(Tables.UnitContacts).DeleteEntityAsync(UnitContactStore.Partition, unitId);

    internal static Task GiveContactAsync(PipelineHarness harness, string unitId, string name) =>
        harness.Get<UnitContactStore>().UpsertBatchAsync([new UnitContact(unitId, name, "旗", [], ["+8613900000001"], [])], CancellationToken.None);

    private static Dictionary<string, long> Counts(JsonElement counts) =>
        counts.EnumerateObject().ToDictionary(property => property.Name, property => property.Value.GetInt64());
}
