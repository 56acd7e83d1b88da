using Microsoft.Extensions.Logging;
using Notify.Core.Channels;
using Notify.Functions.Channels.Sandbox;
using Notify.Functions.Tests.Support;
using Notify.Testing;
using Azure.Data.Tables;
using Notify.Functions.Storage;

namespace Notify.Functions.Tests.Channels.Sandbox;

public sealed class SandboxChannelTests : IAsyncLifetime, IDisposable
{
    private const string Phone = "13812345678";

    // 2027-02-24 17:30 UTC is already 2027-02-25 01:30 in Shanghai: the row belongs to the 25th.
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2027, 2, 24, 17, 30, 0, TimeSpan.Zero));
    private readonly CapturingLoggerProvider _logs = new();
    private readonly TableClient _table = TestAccount.Clients.GetTableClient(TestStorage.UniqueTableName("sandbox"));

    public Task InitializeAsync() => _table.CreateIfNotExistsAsync();

    public Task DisposeAsync() => _table.DeleteAsync();

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task SendAsync_Sms_RecordsRealAddressTextAndSegmentsUnderTheShanghaiDay()
    {
        var body = "【呼和浩特市人社局】" + new string('缴', 90);

        var result = await Channel(ChannelKind.Sms).SendAsync(new OutboundMessage("dlv-1", ChannelKind.Sms, Phone, new SmsContent(body)), CancellationToken.None);

        Assert.Equal(SendOutcome.Delivered, result.Outcome);
        var row = await _table.GetEntityOrDefaultAsync("2027-02-25", "dlv-1");
        Assert.NotNull(row);
        Assert.Equal("Sms", row.GetString("Channel"));
        Assert.Equal(Phone, row.GetString("Address"));
        Assert.Equal(body, row.GetString("Text"));
        Assert.Equal(2, row.GetInt32("Segments"));
        Assert.Equal("Ucs2", row.GetString("SmsEncoding"));
        Assert.Equal(100, row.GetInt32("SmsUnits"));
    }

    [Fact]
    public async Task SendAsync_Email_RecordsSubjectHtmlAndText()
    {
        var content = new EmailContent("缴费提醒", "<p>还剩3天</p>", "还剩3天");

        await Channel(ChannelKind.Email).SendAsync(new OutboundMessage("dlv-2", ChannelKind.Email, "li.si@example.cn", content), CancellationToken.None);

        var row = await _table.GetEntityOrDefaultAsync("2027-02-25", "dlv-2");
        Assert.NotNull(row);
        Assert.Equal("li.si@example.cn", row.GetString("Address"));
        Assert.Equal("缴费提醒", row.GetString("Subject"));
        Assert.Equal("<p>还剩3天</p>", row.GetString("Html"));
        Assert.Equal("还剩3天", row.GetString("Text"));
    }

    [Fact]
    public async Task SendAsync_WeChatTemplate_RecordsTemplateIdAndFields()
    {
        var content = new WeChatTemplateContent("tpl-001", new Dictionary<string, string> { ["thing1"] = "养老保险缴费", ["time2"] = "2027年2月25日" }, "https://example.gov.cn/n/1");

        await Channel(ChannelKind.WeChat).SendAsync(new OutboundMessage("dlv-3", ChannelKind.WeChat, "oAbCdEfGhIjKlMnOp", content), CancellationToken.None);

        var row = await _table.GetEntityOrDefaultAsync("2027-02-25", "dlv-3");
        Assert.NotNull(row);
        Assert.Contains("\"templateId\":\"tpl-001\"", row.GetString("Content"), StringComparison.Ordinal);
        Assert.Equal("thing1: 养老保险缴费\ntime2: 2027年2月25日\nhttps://example.gov.cn/n/1", row.GetString("Text"));
        Assert.Null(row.GetInt32("Segments"));
    }

    [Fact]
    public async Task SendAsync_SameDeliveryTwice_OneRowWithTheLatestText()
    {
        var channel = Channel(ChannelKind.Sms);

        await channel.SendAsync(new OutboundMessage("dlv-4", ChannelKind.Sms, Phone, new SmsContent("【通知】第一次")), CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(5));
        await channel.SendAsync(new OutboundMessage("dlv-4", ChannelKind.Sms, Phone, new SmsContent("【通知】第二次")), CancellationToken.None);

        var rows = new List<TableEntity>();
        await foreach (var row in _table.QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        var only = Assert.Single(rows);
        Assert.Equal("【通知】第二次", only.GetString("Text"));
    }

    [Fact]
    public async Task SendAsync_Any_LogsMaskedAddressAndNoText()
    {
        await Channel(ChannelKind.Sms).SendAsync(new OutboundMessage("dlv-5", ChannelKind.Sms, Phone, new SmsContent("【通知】张三您好")), CancellationToken.None);

        var line = Assert.Single(_logs.Lines);
        Assert.Contains("138****5678", line, StringComparison.Ordinal);
        Assert.Contains("dlv-5", line, StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, line, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", line, StringComparison.Ordinal);
    }

    private SandboxChannel Channel(ChannelKind kind) =>
        new(kind, _table, new SandboxOptions(), new SandboxSendLog(new SandboxOptions()), _time, new LoggerFactory([_logs], new LoggerFilterOptions { MinLevel = LogLevel.Debug }).CreateLogger<SandboxChannel>());
}
