using System.Net;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Functions.Acknowledgements;
using Notify.Functions.Hosting;
using Notify.Functions.Review;
using Notify.Functions.Storage;
using Notify.Functions.Tests.Support;
using Notify.Testing;

namespace Notify.Functions.Tests.Acknowledgements;

/// <summary>The real app on loopback with a manual clock: open a unit's link, confirm it, and watch it expire.</summary>
[Collection(AppCollection.Name)]
public sealed class AcknowledgementPagesTests : IAsyncLifetime
{
    private const string Unit = "baotou.civil-affairs";
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 2, 0, 0, TimeSpan.Zero);

    private readonly ManualTimeProvider _clock = new(Start);
    private readonly string _policyId = "p" + Guid.NewGuid().ToString("N");

    // Acknowledgements are partitioned by item id alone, so each test run uses its own item id.
    private readonly string _itemId = "i" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Acknowledgements are stored per scheduled item (policy and item), as the fan-out reads them.</summary>
    private string ScheduledItemId => Notify.Functions.Notices.NoticeScheduler.ScheduledItemId(_policyId, _itemId);
    private NotifyTestApp _app = null!;
    private HttpClient _browser = null!;

    public async Task InitializeAsync()
    {
        _app = await NotifyTestApp.StartAsync(services => services.AddSingleton<TimeProvider>(_clock));
        _browser = await _app.CreateClientAsync();
        _browser.DefaultRequestHeaders.UserAgent.ParseAdd("TestBrowser/1.0 (" + new string('x', 400) + ")");
        var item = new ExtractedItem(
            ItemKind.Deadline, new DateOnly(2026, 10, 31), null, null, 21, "各地区要在2026年10月底前完成<养老机构>摸底排查", "包府办发〔2026〕31号",
            [new UnitRef("市民政局", Unit)], [], ItemAudience.Units, [], [], 0.9, []);
        await TestAccount.Clients.GetTableClient(Tables.PolicyItems)
            .UpsertEntityAsync(PolicyItemEntities.FromItem(_policyId, _itemId, item, ReviewState.Approved));
    }

    public async Task DisposeAsync()
    {
        _browser.Dispose();
        await _app.DisposeAsync();
    }

    private AcknowledgementLinks Links => _app.Services.GetRequiredService<AcknowledgementLinks>();

    private AcknowledgementStore Store => _app.Services.GetRequiredService<AcknowledgementStore>();

    private Uri LocalLink(DateTimeOffset expires) => new(Links.Create(_policyId, _itemId, Unit, expires).AbsolutePath, UriKind.Relative);

    [Fact]
    public void Create_DefaultBaseUrl_PointsBelowTheApiPrefix()
    {
        var link = Links.Create(_policyId, _itemId, Unit, Start.AddDays(90));

        Assert.StartsWith("http://127.0.0.1:7071/api/a/", link.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ValidLink_ShowsTheTaskWithAConfirmButtonAndAuditsTheView()
    {
        using var response = await _browser.GetAsync(LocalLink(Start.AddDays(90)));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("包头市民政局", html, StringComparison.Ordinal);
        Assert.Contains("&lt;养老机构&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<养老机构>", html, StringComparison.Ordinal);
        Assert.Contains("2026年10月31日", html, StringComparison.Ordinal);
        Assert.Contains("包府办发〔2026〕31号", html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\">", html, StringComparison.Ordinal);
        Assert.Contains("确认收到", html, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var audit = Assert.Single(await Store.ListAuditAsync(ScheduledItemId, CancellationToken.None));
        Assert.Equal((AcknowledgementStore.ViewAction, Unit, _policyId), (audit.Action, audit.UnitId, audit.PolicyId));
        Assert.False(await Store.IsAcknowledgedAsync(ScheduledItemId, Unit, CancellationToken.None));
    }

    [Fact]
    public async Task Post_ValidLinkTwice_AcknowledgesOnceKeepsTheFirstTimeAndAuditsWithoutTheIp()
    {
        var link = LocalLink(Start.AddDays(90));

        using var first = await _browser.PostAsync(link, null);
        var firstHtml = await first.Content.ReadAsStringAsync();
        _clock.Advance(TimeSpan.FromHours(3));
        using var second = await _browser.PostAsync(link, null);
        var secondHtml = await second.Content.ReadAsStringAsync();
        using var view = await _browser.GetAsync(link);
        var viewHtml = await view.Content.ReadAsStringAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Contains("已确认收到", firstHtml, StringComparison.Ordinal);
        Assert.Contains("2026年10月1日 10:00", firstHtml, StringComparison.Ordinal);
        Assert.Contains("此前已于 2026年10月1日 10:00", secondHtml, StringComparison.Ordinal);
        Assert.Contains("本单位已于 2026年10月1日 10:00 确认收到", viewHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", viewHtml, StringComparison.Ordinal);
        Assert.Equal(Start, await Store.AcknowledgedAtAsync(ScheduledItemId, Unit, CancellationToken.None));
        Assert.Equal(new HashSet<string> { Unit }, await Store.AcknowledgedUnitsAsync(ScheduledItemId, CancellationToken.None));

        var audit = await Store.ListAuditAsync(ScheduledItemId, CancellationToken.None);
        // The clock stands still in this test, so the three entries share one time: compare them as a set.
        Assert.Equal(
            new[] { AcknowledgementStore.AcknowledgeAction, AcknowledgementStore.RepeatAction, AcknowledgementStore.ViewAction }.Order(StringComparer.Ordinal),
            audit.Select(entry => entry.Action).Order(StringComparer.Ordinal));
        Assert.All(audit, entry =>
        {
            Assert.Equal(64, entry.IpHash.Length);
            Assert.DoesNotContain("127.0.0.1", entry.IpHash, StringComparison.Ordinal);
            Assert.Equal(AcknowledgementActor.MaxUserAgentLength, entry.UserAgent.Length);
        });
        var rows = TestAccount.Clients.GetTableClient(Tables.Acknowledgements).QueryAsync<TableEntity>();
        await foreach (var row in rows)
        {
            Assert.DoesNotContain(((IDictionary<string, object>)row).Values, value => value is string text && text.Contains("127.0.0.1", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Get_TamperedLink_Answers400InvalidPageWithoutAcknowledging()
    {
        var token = LocalLink(Start.AddDays(90)).OriginalString;
        var tampered = token[..^3] + (token[^3] == 'A' ? "B" : "A") + token[^2..];

        using var get = await _browser.GetAsync(new Uri(tampered, UriKind.Relative));
        using var post = await _browser.PostAsync(new Uri(tampered, UriKind.Relative), null);
        var html = await get.Content.ReadAsStringAsync();

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (get.StatusCode, post.StatusCode));
        Assert.Contains("链接无效", html, StringComparison.Ordinal);
        Assert.Contains("改动或不完整", html, StringComparison.Ordinal);
        Assert.Contains("请联系", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.False(await Store.IsAcknowledgedAsync(ScheduledItemId, Unit, CancellationToken.None));
    }

    [Fact]
    public async Task Get_TruncatedLink_Answers400InvalidPage()
    {
        var link = LocalLink(Start.AddDays(90)).OriginalString;

        using var response = await _browser.GetAsync(new Uri(link[..(link.Length / 2)], UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("链接无效", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostAndGet_AfterExpiry_Answer410ExpiredPageWithoutAcknowledging()
    {
        var link = LocalLink(Start.AddDays(61));

        _clock.Advance(TimeSpan.FromDays(61));
        using var get = await _browser.GetAsync(link);
        using var post = await _browser.PostAsync(link, null);
        var html = await get.Content.ReadAsStringAsync();

        Assert.Equal((HttpStatusCode.Gone, HttpStatusCode.Gone), (get.StatusCode, post.StatusCode));
        Assert.Contains("链接已过期", html, StringComparison.Ordinal);
        Assert.False(await Store.IsAcknowledgedAsync(ScheduledItemId, Unit, CancellationToken.None));
    }
}
