using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Units;
using Notify.Functions.Access;
using Notify.Functions.Notices;
using Notify.Functions.Review;
using Notify.Functions.Senders;
using Notify.Functions.Storage;
using Notify.Functions.Tests.Support;
using Notify.Testing;

namespace Notify.Functions.Tests.Senders;

/// <summary>The authority suggested for an item, and approval refused until that authority has an approved sender profile.</summary>
[Collection(AppCollection.Name)]
public sealed class SenderProfileGuardTests : IAsyncLifetime
{
    private NotifyTestApp _app = null!;
    private string _policy = "";

    public async Task InitializeAsync()
    {
        // Before the plan's dates, so that approval schedules its notices.
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero));
        _app = await NotifyTestApp.StartAsync(services => services.AddSingleton<TimeProvider>(clock));
        _policy = await SamplePolicies.UploadParsedAsync(_app, "baotou-elderly-care-plan-2026.txt");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Parse_SuggestsTheIssuerOfTheItemsDocumentAsItsAuthority()
    {
        using var items = JsonDocument.Parse(await _app.Http.GetStringAsync(new Uri(_policy + "/items", UriKind.Relative)));

        Assert.NotEmpty(items.RootElement.EnumerateArray());
        Assert.All(items.RootElement.EnumerateArray(), item =>
            Assert.Equal("baotou.government-office", item.GetProperty("decisions").GetProperty("authorityId").GetString()));
    }

    [Fact]
    public async Task Approve_AuthorityWithoutApprovedProfile_Is409NamingTheProfile_UntilOneIsApproved()
    {
        var unit = await UnitWithoutProfileAsync();
        var href = await ItemHrefAsync("2026-09-30");
        using (var edited = await _app.Http.PatchAsJsonAsync(href, new { authority = unit.Id }))
        {
            Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        }

        await AssertRefusedAsync(href, $"No approved sender profile for {unit.Name} (authority {unit.Id}): create it with PUT /api/senders/{unit.Id} and approve it.");

        using var editor = await _app.CreateClientAsync(ApiRole.Editor);
        using var approver = await _app.CreateClientAsync(ApiRole.Approver);
        using var saved = await editor.PutAsJsonAsync(new Uri($"/api/senders/{unit.Id}", UriKind.Relative), Profile(unit));
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var version = JsonDocument.Parse(await saved.Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetInt32();

        await AssertRefusedAsync(href, $"No approved sender profile for {unit.Name}");

        using (var approvedProfile = await approver.PostAsync(new Uri($"/api/senders/{unit.Id}/versions/{version}/approve", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.OK, approvedProfile.StatusCode);
        }

        using var approved = await approver.PostAsync(new Uri(href + "/approve", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var itemRow = href[(href.LastIndexOf('/') + 1)..];
        var policyId = _policy[(_policy.LastIndexOf('/') + 1)..];
        var notices = await _app.Services.GetRequiredService<NoticeStore>().ListForItemAsync(NoticeScheduler.ScheduledItemId(policyId, itemRow), CancellationToken.None);
        Assert.NotEmpty(notices);
        Assert.All(notices, notice =>
        {
            Assert.Equal(unit.Id, notice.AuthorityId);
            Assert.Equal(unit.Name, notice.Variables["senderName"]);
            Assert.Equal("0472-6660001", notice.Variables["contactPhone"]);
            Assert.Equal($"https://{unit.Id}.example.gov.cn", notice.Variables["detailUrl"]);
        });
    }

    [Fact]
    public async Task Approve_ItemWithoutAuthority_Is409SayingToSetOne()
    {
        var policyId = "g" + Guid.NewGuid().ToString("N")[..8];
        var extracted = new ExtractedItem(ItemKind.Deadline, new DateOnly(2048, 6, 30), null, null, 1, "报送2048年度工作总结", null,
            [new UnitRef("扎赉特旗医疗保障局", TestSenders.Jalaid)], [], ItemAudience.Units, [], [], 1, []);
        await TestAccount.Clients.GetTableClient(Tables.PolicyItems).UpsertEntityAsync(PolicyItemEntities.FromItem(policyId, "i00001", extracted, ReviewState.Proposed));

        var href = $"/api/policies/{policyId}/items/i00001";
        await AssertRefusedAsync(href, $"PATCH {href} {{\"authority\": \"<unit directory id>\"}}");
    }

    private static object Profile(Unit unit) => new
    {
        displayName = unit.Name,
        smsSignature = "【测试发送单位】",
        emailSenderName = unit.Name,
        emailAddress = "notice@example.gov.cn",
        weChatAppId = "wx00112233445566ff",
        weComAgentId = 1000009,
        hotline = "0472-6660001",
        website = $"https://{unit.Id}.example.gov.cn",
    };

    /// <summary>A Baotou authority that has no sender profile yet in this storage account.</summary>
    private async Task<Unit> UnitWithoutProfileAsync()
    {
        var store = _app.Services.GetRequiredService<SenderProfileStore>();
        foreach (var unit in UnitDirectory.LoadDefault().Units.Where(unit => !unit.IsGroup && unit.Id.StartsWith("baotou.", StringComparison.Ordinal)))
        {
            if (await store.FindHeadAsync(unit.Id, CancellationToken.None) is null)
            {
                return unit;
            }
        }

        throw new InvalidOperationException("Every Baotou unit already has a sender profile in the test storage.");
    }

    private async Task AssertRefusedAsync(string href, string expected)
    {
        using var refused = await _app.Http.PostAsync(new Uri(href + "/approve", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains(expected, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private async Task<string> ItemHrefAsync(string date)
    {
        using var items = JsonDocument.Parse(await _app.Http.GetStringAsync(new Uri(_policy + "/items", UriKind.Relative)));
        var item = items.RootElement.EnumerateArray().First(i => i.GetProperty("item").TryGetProperty("date", out var d) && d.GetString() == date);
        return $"{_policy}/items/{item.GetProperty("id").GetString()}";
    }
}
