using System.Globalization;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Notify.Core.Extraction;
using Notify.Core.Notices;
using Notify.Functions.Deliver;
using Notify.Functions.Eligibility;
using Notify.Functions.FanOut;
using Notify.Functions.Hosting;
using Notify.Functions.Notices;
using Notify.Functions.Registry;
using Notify.Functions.Review;
using Notify.Functions.Schedule;
using Notify.Functions.Senders;
using Notify.Functions.Storage;
using Notify.Functions.Tests.Support;
using Notify.LocalHost.Demo;
using Notify.LocalHost.Local;
using Notify.LocalHost.Replay;
using Notify.Testing;
using Xunit.Abstractions;

namespace Notify.Functions.Tests.Replay;

/// <summary>
/// What a new user sees: the demo (its three samples, every directory unit's contacts, the full synthetic registry,
/// sender profiles and demo-mode approval) replayed over the contribution season, in a storage account of its own.
/// Every message the sandbox recorded is checked: nobody gets the same notice twice, every message speaks for the
/// authority that issued its policy and no other, and no resident notice that is not a payment speaks of paying.
/// Not run beside the other app tests: a season of 30,000 residents takes the machine's cores for a minute and more.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DemoSeasonReplayTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset From = new(2026, 8, 25, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2027, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly System.Text.Json.JsonSerializerOptions WebJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    /// <summary>Words that ask a resident to pay; only a contribution window may use them.</summary>
    private static readonly string[] PaymentWords = ["缴费", "缴纳", "应缴", "未按期缴", "缴费标准", "ᠲᠥᠯᠥᠭᠡᠷᠡᠢ", "ᠲᠥᠯᠥᠪᠦᠷᠢ"];

    [Fact]
    public async Task The_demo_replayed_over_the_season_sends_nobody_a_notice_twice_nor_in_another_authoritys_name_nor_payment_words_on_a_non_payment()
    {
        await using var azurite = await PrivateAzurite.StartAsync(CancellationToken.None);
        var settings = new Dictionary<string, string?>
        {
            [StorageAccountFactory.Setting] = azurite.ConnectionString,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var app = NotifyApp.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Services.AddSingleton<TimeProvider>(new ManualTimeProvider(From));
        });
        await using (app)
        {
            await NotifyApp.PrepareStorageAsync(app, CancellationToken.None);
            var report = await new DemoSetup(app.Services).RunAsync(
                new DemoOptions(DemoOptions.DefaultResidents, DemoOptions.DefaultSeed, RepositoryPaths.Samples), TextWriter.Null, CancellationToken.None);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"demo: {report.ResidentsImported} residents, {report.Approvals.Approved} items approved, {report.Approvals.Blocked} left for a person"));
            Assert.True(report.Approvals.Approved >= 8, $"{report.Approvals.Approved} approved");
        }

        var summary = await ReplayDriver.RunAsync(new ReplayOptions
        {
            FromUtc = From,
            ToUtc = To,
            Settings = settings,
            Functions = [.. FunctionIndex.All.Where(f => f.ImplementationType != typeof(FindAgeThresholdCrossings))],
            DrainTimeout = TimeSpan.FromMinutes(3),
        }, CancellationToken.None);
        Assert.Empty(summary.TimerFailures);

        var messages = await SentMessagesAsync(StorageClients.FromConnectionString(azurite.ConnectionString));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{messages.Count} messages in {summary.Steps} steps; by status: {string.Join(", ", summary.DeliveriesByStatus.Select(pair => $"{pair.Key} {pair.Value}"))}"));
        foreach (var kind in messages.GroupBy(message => (message.TemplateKind, message.NoticeKind)).OrderBy(group => group.Key.TemplateKind, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind.Key.TemplateKind} ({kind.Key.NoticeKind ?? "units"}): {kind.Count()} messages to {kind.Select(m => m.RecipientId).Distinct().Count()} recipients"));
        }

        Assert.True(messages.Count > 400, $"{messages.Count} messages");
        AssertNobodyGetsANoticeTwice(messages);
        AssertEachSpeaksForItsOwnAuthority(messages);
        AssertNoPaymentWordsOnNonPayments(messages);
        await AssertResidentsLiveInTheAuthoritysJurisdictionAsync(messages, new ResidentStore(StorageClients.FromConnectionString(azurite.ConnectionString)));
    }

    private static async Task AssertResidentsLiveInTheAuthoritysJurisdictionAsync(IReadOnlyList<SentMessage> messages, ResidentStore residents)
    {
        var directory = Core.Units.UnitDirectory.LoadDefault();
        foreach (var recipient in messages.Where(m => m.NoticeKind is not null).DistinctBy(m => (m.RecipientId, m.Sender.AuthorityId)))
        {
            var jurisdiction = directory.Find(recipient.Sender.AuthorityId)!.Jurisdiction;
            var region = (await residents.FindByIdAsync(recipient.RecipientId, CancellationToken.None))!.Region;
            Assert.True(Core.Audiences.ResidentAudience.Within(region, jurisdiction),
                $"{recipient.TemplateKind} of {recipient.Sender.AuthorityId} reached a resident in {region}");
        }
    }

    private static void AssertNobodyGetsANoticeTwice(IReadOnlyList<SentMessage> messages)
    {
        var sameEventSameDay = messages.GroupBy(m => (m.RecipientId, m.TemplateKind, m.Event, m.Day)).Where(g => g.Count() > 1).ToList();
        Assert.True(sameEventSameDay.Count == 0, $"{sameEventSameDay.Count} recipients got a kind twice for one event on a day, e.g. {sameEventSameDay.FirstOrDefault()?.Key}");
        var sameText = messages.GroupBy(m => (m.RecipientId, m.Channel, m.Text)).Where(g => g.Count() > 1).ToList();
        Assert.True(sameText.Count == 0, $"{sameText.Count} recipients got the identical message twice: "
            + string.Join("; ", sameText.Take(3).Select(g => $"{g.Key.RecipientId} on {g.Key.Channel}: " + string.Join(", ", g.Select(m => $"{m.TemplateKind} {m.Event} {m.Day}")) + $" «{g.Key.Text}»")));
    }

    private static void AssertEachSpeaksForItsOwnAuthority(IReadOnlyList<SentMessage> messages)
    {
        var profiles = messages.Select(m => m.Sender).DistinctBy(p => p.AuthorityId).ToList();
        Assert.True(profiles.Count >= 2, "the samples come from more than one authority");
        foreach (var message in messages)
        {
            var own = message.Sender.Details;
            if (message.Channel == "Sms")
            {
                Assert.StartsWith(own.SmsSignature!, message.Text, StringComparison.Ordinal);
            }

            if (message.Channel == "Email")
            {
                Assert.Contains(message.Sender.DisplayName, message.Text, StringComparison.Ordinal);
                Assert.Equal(own.EmailAddress, message.SentAs?.EmailAddress);
            }

            foreach (var other in profiles.Where(p => p.AuthorityId != message.Sender.AuthorityId).Select(p => p.Details))
            {
                var words = new[] { other.SmsSignature, other.DisplayName, other.EmailAddress, other.Website, other.Hotline }.OfType<string>()
                    .Where(word => !IsPartOf(word, own));
                Assert.All(words, word => Assert.DoesNotContain(word, message.Text + message.Html, StringComparison.Ordinal));
            }
        }
    }

    /// <summary>A value of another authority that is also part of this one's (a shared hotline, a city name inside a banner's) says nothing.</summary>
    private static bool IsPartOf(string word, SenderDetails own) =>
        new[] { own.SmsSignature, own.DisplayName, own.EmailAddress, own.Website, own.Hotline }.OfType<string>().Any(value => value.Contains(word, StringComparison.Ordinal));

    private static void AssertNoPaymentWordsOnNonPayments(IReadOnlyList<SentMessage> messages)
    {
        var residents = messages.Where(m => m.NoticeKind is not null && m.NoticeKind != ResidentNoticeKinds.Name(ResidentNoticeKind.ContributionWindow)).ToList();
        Assert.NotEmpty(residents);
        Assert.All(residents, message => Assert.DoesNotContain(PaymentWords, word => (message.Text + message.Html).Contains(word, StringComparison.Ordinal)));
    }

    /// <summary>Every message the sandbox recorded, with the notice, item decisions and sender profile behind it.</summary>
    private static async Task<List<SentMessage>> SentMessagesAsync(StorageClients storage)
    {
        var jobs = new FanOutJobStore(storage, TimeProvider.System);
        var occurrences = new OccurrenceStore(storage);
        var notices = new NoticeStore(storage);
        var items = new PolicyItemStore(storage);
        var senders = new SenderProfileStore(storage, TimeProvider.System);
        var byJob = new Dictionary<string, (ScheduledOccurrence Occurrence, Notice Notice, string? NoticeKind, SenderProfile Sender)>(StringComparer.Ordinal);
        var messages = new List<SentMessage>();
        await foreach (var row in storage.GetTableClient(Tables.SandboxMessages).QueryAsync<TableEntity>())
        {
            var jobId = DeliveryKey.Parse(row.RowKey).Partition.Split('|')[0];
            if (!byJob.TryGetValue(jobId, out var context))
            {
                var located = await jobs.FindOccurrenceAsync(jobId, CancellationToken.None) ?? throw new InvalidOperationException($"job {jobId} has no occurrence");
                var occurrence = (await occurrences.FindAsync(located.Bucket, located.OccurrenceKey, CancellationToken.None))!;
                var notice = (await notices.FindForOccurrenceAsync(occurrence.ItemId, occurrence.TemplateKind, CancellationToken.None))!;
                var item = PolicyItemEntities.ToItem((await items.FindItemEntityAsync(notice.PolicyId, NoticeScheduler.PolicyItemId(notice.PolicyId, notice.ItemId), CancellationToken.None))!);
                var sender = (await senders.FindActiveAsync(notice.AuthorityId!, CancellationToken.None))!;
                context = (occurrence, notice, item.Item.Audience == ItemAudience.Residents ? item.Decisions.NoticeKind : null, sender);
                byJob[jobId] = context;
            }

            messages.Add(new SentMessage(
                DeliveryKey.Parse(row.RowKey).Row,
                row.GetString("Channel") ?? "",
                row.PartitionKey,
                context.Occurrence.TemplateKind,
                context.NoticeKind,
                $"{context.Notice.Event}|{context.Occurrence.Occurrence.Period?.Start}|{context.Occurrence.Occurrence.Period?.End ?? context.Occurrence.Occurrence.ForDate}",
                row.GetString("Text") ?? "",
                (row.GetString("Subject") ?? "") + "\n" + (row.GetString("Html") ?? ""),
                context.Sender,
                row.GetString("Sender") is { } sentAs ? System.Text.Json.JsonSerializer.Deserialize<Core.Channels.MessageSender>(sentAs, WebJson) : null));
        }

        return messages;
    }

    private sealed record SentMessage(
        string RecipientId, string Channel, string Day, string TemplateKind, string? NoticeKind, string Event, string Text, string Html, SenderProfile Sender, Core.Channels.MessageSender? SentAs);
}
