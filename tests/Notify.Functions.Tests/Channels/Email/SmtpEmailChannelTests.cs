using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Notify.Core.Channels;
using Notify.Functions.Channels.Email;
using Notify.Functions.Tests.Support;

namespace Notify.Functions.Tests.Channels.Email;

public sealed class SmtpEmailChannelTests(SmtpServerFixture fixture) : IClassFixture<SmtpServerFixture>, IDisposable
{
    private const string Recipient = "zhang.san@example.cn";
    private const string Subject = "【呼和浩特市】2027年度养老保险缴费提醒：还剩3天";

    private readonly CapturingLoggerProvider _logs = new();

    [Fact]
    public async Task SendAsync_ChineseContentOverStartTls_ServerReceivesUtf8MultipartAlternative()
    {
        var server = fixture.Server;
        var deliveryId = NewDeliveryId();
        var before = server.MessageCount;

        var result = await Channel(server).SendAsync(Message(deliveryId, Recipient, Content("张三")), CancellationToken.None);

        Assert.Equal(SendOutcome.Delivered, result.Outcome);
        Assert.Equal($"<{deliveryId}@notify.example.gov.cn>", result.ProviderMessageId);
        var email = (await server.WaitForMessagesAsync(before + 1))[^1];
        Assert.Contains("=?utf-8?B?", email.Header("Subject"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Subject, email.Subject);
        Assert.Equal($"<{deliveryId}@notify.example.gov.cn>", email.Header("Message-ID"));
        Assert.Contains(Recipient, email.Header("To"), StringComparison.Ordinal);
        Assert.StartsWith("multipart/alternative", email.ContentType, StringComparison.OrdinalIgnoreCase);
        Assert.Collection(
            email.Parts,
            text =>
            {
                Assert.StartsWith("text/plain", text.ContentType, StringComparison.OrdinalIgnoreCase);
                Assert.Contains("charset=utf-8", text.ContentType, StringComparison.OrdinalIgnoreCase);
                Assert.Equal("张三，您好：养老保险缴费将于2027年2月25日截止。", text.Body);
            },
            html =>
            {
                Assert.StartsWith("text/html", html.ContentType, StringComparison.OrdinalIgnoreCase);
                Assert.Equal("<p>张三，您好：养老保险缴费将于<b>2027年2月25日</b>截止。</p>", html.Body);
            });
        var envelope = await File.ReadAllTextAsync(Directory.GetFiles(server.OutFolder, "*.json").Order(StringComparer.Ordinal).Last());
        Assert.Contains("\"secure\":true", envelope, StringComparison.Ordinal);
        Assert.Contains($"\"user\":\"{SmtpTestServer.User}\"", envelope, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_VariableWithScriptInjection_ArrivesHtmlEscaped()
    {
        var server = fixture.Server;
        var before = server.MessageCount;

        var result = await Channel(server).SendAsync(
            Message(NewDeliveryId(), Recipient, Content("<script>alert('x')</script>")), CancellationToken.None);

        Assert.Equal(SendOutcome.Delivered, result.Outcome);
        var html = (await server.WaitForMessagesAsync(before + 1))[^1].Parts[1].Body;
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_SameDeliveryTwice_SameMessageId()
    {
        var server = fixture.Server;
        var deliveryId = NewDeliveryId();
        var before = server.MessageCount;
        var channel = Channel(server);

        await channel.SendAsync(Message(deliveryId, Recipient, Content("张三")), CancellationToken.None);
        await channel.SendAsync(Message(deliveryId, Recipient, Content("张三")), CancellationToken.None);

        var received = await server.WaitForMessagesAsync(before + 2);
        Assert.Equal(received[^2].Header("Message-ID"), received[^1].Header("Message-ID"));
    }

    [Fact]
    public async Task SendAsync_MailboxRejectedWith550_PermanentFailureAndNothingStored()
    {
        var server = fixture.Server;
        var before = server.MessageCount;

        var result = await Channel(server).SendAsync(Message(NewDeliveryId(), "reject-permanent@example.cn", Content("张三")), CancellationToken.None);

        Assert.Equal(SendOutcome.PermanentFailure, result.Outcome);
        Assert.Equal("550", result.ErrorCode);
        Assert.DoesNotContain("reject-permanent", result.Reason, StringComparison.Ordinal);
        Assert.Equal(before, server.MessageCount);
    }

    [Fact]
    public async Task SendAsync_MailboxDeferredWith451_TemporaryFailure()
    {
        var result = await Channel(fixture.Server).SendAsync(
            Message(NewDeliveryId(), "reject-temporary@example.cn", Content("张三")), CancellationToken.None);

        Assert.Equal(SendOutcome.TemporaryFailure, result.Outcome);
        Assert.Equal("451", result.ErrorCode);
    }

    [Fact]
    public async Task SendAsync_WrongPassword_TechnicalFailure()
    {
        var options = Options(fixture.Server);
        options.Password = "wrong";

        var result = await new SmtpEmailChannel(options, Logger()).SendAsync(
            Message(NewDeliveryId(), Recipient, Content("张三")), CancellationToken.None);

        Assert.Equal((SendOutcome.TechnicalFailure, "authentication"), (result.Outcome, result.ErrorCode));
    }

    [Fact]
    public async Task SendAsync_StartTlsWithCertificateNotTrusted_TechnicalFailureAndNothingSent()
    {
        var server = fixture.Server;
        var before = server.MessageCount;
        var options = Options(server);
        options.TrustedCertificateSha256 = null;

        var result = await new SmtpEmailChannel(options, Logger()).SendAsync(
            Message(NewDeliveryId(), Recipient, Content("张三")), CancellationToken.None);

        Assert.Equal((SendOutcome.TechnicalFailure, "tls"), (result.Outcome, result.ErrorCode));
        Assert.Equal(before, server.MessageCount);
    }

    [Fact]
    public async Task SendAsync_ServerRequiresAuthButNoUserConfigured_TechnicalFailure()
    {
        var options = Options(fixture.Server);
        options.UserName = null;

        var result = await new SmtpEmailChannel(options, Logger()).SendAsync(
            Message(NewDeliveryId(), Recipient, Content("张三")), CancellationToken.None);

        Assert.Equal(SendOutcome.TechnicalFailure, result.Outcome);
    }

    [Fact]
    public async Task SendAsync_MalformedAddress_PermanentFailureWithoutEchoingIt()
    {
        var result = await Channel(fixture.Server).SendAsync(
            Message(NewDeliveryId(), "zhang.san@@example", Content("张三")), CancellationToken.None);

        Assert.Equal((SendOutcome.PermanentFailure, "invalid-address"), (result.Outcome, result.ErrorCode));
        Assert.DoesNotContain("zhang.san", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("notify-at-example")]
    public async Task SendAsync_FromNotAnAddress_TechnicalFailureWithoutCallingTheServer(string from)
    {
        var server = fixture.Server;
        var before = server.MessageCount;
        var options = Options(server);
        options.From = from;

        var result = await new SmtpEmailChannel(options, Logger()).SendAsync(
            Message(NewDeliveryId(), Recipient, Content("张三")), CancellationToken.None);

        Assert.Equal((SendOutcome.TechnicalFailure, "not-configured"), (result.Outcome, result.ErrorCode));
        Assert.Equal(before, server.MessageCount);
    }

    [Fact]
    public async Task SendAsync_NoServerListening_TemporaryFailure()
    {
        var options = Options(fixture.Server);
        options.Port = ClosedPort();

        var result = await new SmtpEmailChannel(options, Logger()).SendAsync(
            Message(NewDeliveryId(), Recipient, Content("张三")), CancellationToken.None);

        Assert.Equal(SendOutcome.TemporaryFailure, result.Outcome);
    }

    [Fact]
    public async Task SendAsync_ServerNeverAnswers_TemporaryFailureAfterTheTimeout()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var options = Options(fixture.Server);
        options.Port = ((IPEndPoint)silent.LocalEndpoint).Port;
        options.Timeout = TimeSpan.FromMilliseconds(500);

        var result = await new SmtpEmailChannel(options, Logger()).SendAsync(
            Message(NewDeliveryId(), Recipient, Content("张三")), CancellationToken.None);

        Assert.Equal(SendOutcome.TemporaryFailure, result.Outcome);
    }

    [Fact]
    public async Task SendAsync_PlainSmtpWithoutStartTls_Delivered()
    {
        await using var server = await SmtpTestServer.StartAsync(starttls: false);
        var options = Options(server);
        options.EnableSsl = false;
        options.UserName = null;

        var result = await new SmtpEmailChannel(options, Logger()).SendAsync(
            Message(NewDeliveryId(), Recipient, Content("张三")), CancellationToken.None);

        Assert.Equal(SendOutcome.Delivered, result.Outcome);
        Assert.Equal("张三，您好：养老保险缴费将于2027年2月25日截止。", (await server.WaitForMessagesAsync(1))[0].Parts[0].Body);
    }

    [Fact]
    public async Task SendAsync_StartTlsRequiredButNotOffered_TechnicalFailure()
    {
        await using var server = await SmtpTestServer.StartAsync(starttls: false);
        var options = Options(server);
        options.EnableSsl = true;
        options.UserName = null;

        var result = await new SmtpEmailChannel(options, Logger()).SendAsync(
            Message(NewDeliveryId(), Recipient, Content("张三")), CancellationToken.None);

        Assert.Equal((SendOutcome.TechnicalFailure, "protocol"), (result.Outcome, result.ErrorCode));
        Assert.Equal(0, server.MessageCount);
    }

    [Fact]
    public async Task SendAsync_AnyOutcome_NeverLogsTheAddress()
    {
        var channel = Channel(fixture.Server);

        await channel.SendAsync(Message(NewDeliveryId(), Recipient, Content("张三")), CancellationToken.None);
        await channel.SendAsync(Message(NewDeliveryId(), "reject-permanent@example.cn", Content("张三")), CancellationToken.None);

        Assert.NotEmpty(_logs.Lines);
        Assert.DoesNotContain(_logs.Lines, line => line.Contains("example.cn", StringComparison.Ordinal) || line.Contains(SmtpTestServer.Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_MessageWithASender_IsSentFromTheSendersNameAndAddress()
    {
        var server = fixture.Server;
        var before = server.MessageCount;
        var message = Message(NewDeliveryId(), Recipient, Content("张三")) with
        {
            Sender = new MessageSender("jalaid.medical-security", "扎赉特旗医疗保障局", "ybj-notice@zlt.gov.cn"),
        };

        var result = await Channel(server).SendAsync(message, CancellationToken.None);

        Assert.Equal(SendOutcome.Delivered, result.Outcome);
        var from = (await server.WaitForMessagesAsync(before + 1))[^1].Header("From");
        Assert.Contains("<ybj-notice@zlt.gov.cn>", from, StringComparison.Ordinal);
        Assert.DoesNotContain("notify@notify.example.gov.cn", from, StringComparison.Ordinal);
        Assert.Contains("=?utf-8?", from, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _logs.Dispose();

    private SmtpEmailChannel Channel(SmtpTestServer server) => new(Options(server), Logger());

    private ILogger<SmtpEmailChannel> Logger() => new LoggerFactory([_logs]).CreateLogger<SmtpEmailChannel>();

    private static EmailChannelOptions Options(SmtpTestServer server) => new()
    {
        Host = "localhost",
        Port = server.Port,
        EnableSsl = server.StartTls,
        UserName = SmtpTestServer.User,
        Password = SmtpTestServer.Password,
        TrustedCertificateSha256 = server.CertificateSha256,
        From = "notify@notify.example.gov.cn",
        FromName = "呼和浩特市政务通知",
        Timeout = TimeSpan.FromSeconds(10),
    };

    private static OutboundMessage Message(string deliveryId, string address, EmailContent content) =>
        new(deliveryId, ChannelKind.Email, address, content);

    // Plain substitution stands in for the template engine: HTML gets the value escaped, text gets it as is.
    private static EmailContent Content(string name) => new(
        Subject,
        "<p>{{name}}，您好：养老保险缴费将于<b>2027年2月25日</b>截止。</p>".Replace("{{name}}", WebUtility.HtmlEncode(name), StringComparison.Ordinal),
        "{{name}}，您好：养老保险缴费将于2027年2月25日截止。".Replace("{{name}}", name, StringComparison.Ordinal));

    private static string NewDeliveryId() => $"dlv-{Guid.NewGuid():N}";

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
