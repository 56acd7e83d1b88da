using System.Text.Json;
using Notify.Core.Audiences;
using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Registry;
using Notify.Core.Scheduling;
using Notify.Functions.Deliver;
using Notify.Functions.Tests.Fakes.Twilio;
using Notify.Functions.Tests.Pipeline;
using Notify.Functions.Tests.Support;

namespace Notify.Functions.Tests.Senders;

/// <summary>
/// A Jalaid notice and a Baotou notice due on the same morning: each SMS (to the Twilio fake) starts with its own
/// authority's signature, each email is signed with its own name and recorded as sent from its own address, with its
/// own hotline, and nothing of one authority reaches the other's residents.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SenderDeliveryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Approved = new(2026, 8, 25, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OpeningDay = new(2026, 9, 1, 1, 0, 30, TimeSpan.Zero);

    private FakeTwilioServer _twilio = null!;

    public async Task InitializeAsync() => _twilio = await FakeTwilioServer.StartAsync();

    public async Task DisposeAsync() => await _twilio.DisposeAsync();

    [Fact]
    public async Task Each_notice_is_signed_and_sent_as_the_authority_it_speaks_for()
    {
        await using var harness = await PipelineHarness.StartAsync(Approved, new Dictionary<string, string?>
        {
            ["Notify:Channels:Sms:Mode"] = "live",
            ["Notify:Channels:Twilio:BaseUrl"] = _twilio.BaseUrl.ToString(),
            ["Notify:Channels:Twilio:AccountSid"] = _twilio.AccountSid,
            ["Notify:Channels:Twilio:AuthToken"] = _twilio.AuthToken,
            ["Notify:Channels:Twilio:From"] = "+15005550006",
            ["Notify:Channels:Twilio:MessagesPerSecond"] = "50",
            ["Notify:PublicBaseUrl"] = "http://127.0.0.1:1",
        });
        var jalaid = await ScheduleAsync(harness, "j", TestSenders.Jalaid, "jalaid.yinder", 0);
        var baotou = await ScheduleAsync(harness, "b", TestSenders.Baotou, "baotou.kundulun", 10);

        await harness.SweepAtAsync(OpeningDay);
        Assert.Equal(2, (await harness.FinishedAsync(jalaid.JobId)).Total);
        Assert.Equal(2, (await harness.FinishedAsync(baotou.JobId)).Total);

        var sms = await Eventually.ReturnsAsync(() => Task.FromResult(_twilio.Messages.ToList()), messages => messages.Count >= 2, "both SMS to reach Twilio");
        Assert.Equal(2, sms.Count);
        Assert.StartsWith("【扎赉特医保】", sms.Single(form => form["To"] == jalaid.Sms.Phone)["Body"], StringComparison.Ordinal);
        Assert.StartsWith("【包头医保】", sms.Single(form => form["To"] == baotou.Sms.Phone)["Body"], StringComparison.Ordinal);
        Assert.All(sms, form => Assert.Single(SignaturesIn(form["Body"])));

        AssertEmail(jalaid, "扎赉特旗医疗保障局", "ybj-notice@zlt.gov.cn", "0482-6112393", "包头");
        AssertEmail(baotou, "包头市医疗保障局", "notice@ybj.baotou.gov.cn", "0472-5112393", "扎赉特");
    }

    private static async Task<Sent> ScheduleAsync(PipelineHarness harness, string prefix, string authorityId, string region, int first)
    {
        var sms = harness.Resident(first, region: region, channels: [ResidentChannels.Sms]);
        var email = harness.Resident(first + 1, region: region, channels: [ResidentChannels.Email]);
        await harness.AddResidentsAsync([sms, email]);
        var item = new PlannedItem(prefix + harness.Tag, ItemKind.Window, new DateOnly(2026, 9, 1), new DateOnly(2027, 2, 25), null, ItemAudience.Residents);
        var notice = await harness.ScheduleAsync(item, new ResidentAudience(), [sms, email], authorityId: authorityId);
        return new Sent(PipelineHarness.JobId(notice, notice.Occurrences[0]), sms, email);
    }

    private static void AssertEmail(Sent sent, string senderName, string address, string hotline, string otherAuthority)
    {
        var row = PipelineHarness.SandboxMessage(DeliveryKey.For(sent.JobId, sent.Email.Id).Id, OpeningDay);
        Assert.NotNull(row);
        Assert.Equal("Email", row.GetString("Channel"));
        var text = row.GetString("Text")!;
        Assert.EndsWith(senderName, text.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains(hotline, text, StringComparison.Ordinal);
        Assert.EndsWith($"<p>{senderName}</p>", row.GetString("Html")!.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain(otherAuthority, text + row.GetString("Subject") + row.GetString("Html"), StringComparison.Ordinal);
        using var sender = JsonDocument.Parse(row.GetString("Sender")!);
        Assert.Equal(address, sender.RootElement.GetProperty("emailAddress").GetString());
        Assert.Equal(senderName, sender.RootElement.GetProperty("emailName").GetString());
    }

    private static IEnumerable<string> SignaturesIn(string body) =>
        System.Text.RegularExpressions.Regex.Matches(body, "【[^】]*】").Select(match => match.Value);

    private sealed record Sent(string JobId, Resident Sms, Resident Email);
}
