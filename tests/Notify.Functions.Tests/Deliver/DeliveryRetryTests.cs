using System.Globalization;
using System.Text;
using Azure.Data.Tables;
using Notify.Core.Audiences;
using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Registry;
using Notify.Core.Scheduling;
using Notify.Functions.Channels.Sms;
using Notify.Functions.Deliver;
using Notify.Functions.FanOut;
using Notify.Functions.Storage;
using Notify.Functions.Tests.Fakes.Twilio;
using Notify.Functions.Tests.Pipeline;
using Notify.Functions.Tests.Support;
using Notify.Testing;

namespace Notify.Functions.Tests.Deliver;

/// <summary>
/// Live SMS through the Twilio fake while the queue hands batches out again: a row handed to the provider is never sent
/// a second time, and a recipient whose provider keeps failing is retried on their own schedule, never the whole batch.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DeliveryRetryTests
{
    // 2026-08-25 09:00 Shanghai; the contribution window opens 2026-09-01.
    private static readonly DateTimeOffset Approved = new(2026, 8, 25, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OpeningDay = new(2026, 9, 1, 1, 0, 30, TimeSpan.Zero);

    [Fact]
    public async Task DeliverBatch_RetriedBeforeItsReceiptsArrive_SendsNobodyTwice()
    {
        await using var twilio = await FakeTwilioServer.StartAsync();
        twilio.CallbackDelay = TimeSpan.FromSeconds(6);
        await using var harness = await StartAsync(twilio, receipts: true, new Dictionary<string, string?> { ["Notify:Delivery:MaxAttempts"] = "1" });
        var residents = SmsResidents(harness, 20);
        var throttled = harness.Resident(20, channels: [ResidentChannels.Sms]) with { Phone = FakeTwilioServer.Number(FakeTwilioServer.ThrottledLong) };
        var (jobId, recipients) = await SendWindowOpeningAsync(harness, [.. residents, throttled]);
        var batches = await AwaitingReceiptAsync(harness, jobId, residents, recipients);

        // The queue hands every batch out again (after the throttled recipient, or a lost lease), and a restarted
        // fan-out enqueues copies of them: all before any receipt has arrived.
        await RedeliverAsync(harness, batches, OpeningDay.AddMinutes(1));
        await RedeliverAsync(harness, Copies(batches), OpeningDay.AddMinutes(2));
        Assert.Empty(twilio.CallbackResults);
        await Eventually.ReturnsAsync(
            () => PipelineHarness.DeliveriesAsync(jobId),
            current => residents.All(r => current[r.Id].GetString("Status") == nameof(DeliveryStatus.Delivered)),
            "the receipts, which arrive after the retries, to mark every row delivered");

        var sendsPerNumber = twilio.Messages.GroupBy(message => message["To"]).ToDictionary(group => group.Key, group => group.Count());
        Assert.All(residents, r => Assert.True(sendsPerNumber.GetValueOrDefault(r.Phone!) == 1, $"{r.Id} was sent {sendsPerNumber.GetValueOrDefault(r.Phone!)} SMS"));
    }

    [Fact]
    public async Task DeliverBatch_ProviderSaidSentAndNoReportEverCame_NoRetryOrRedeliverySendsAgain()
    {
        await using var twilio = await FakeTwilioServer.StartAsync();
        await using var harness = await StartAsync(twilio, receipts: false);
        var residents = SmsResidents(harness, 20);
        var (jobId, recipients) = await SendWindowOpeningAsync(harness, residents);
        var batches = await AwaitingReceiptAsync(harness, jobId, residents, recipients);

        await RedeliverAsync(harness, batches, OpeningDay.AddMinutes(1));
        // Long after every lease has run out: the same messages again, and copies from a restarted fan-out.
        await RedeliverAsync(harness, batches, OpeningDay.AddHours(2));
        await RedeliverAsync(harness, Copies(batches), OpeningDay.AddHours(3));

        Assert.Equal(residents.Count, twilio.Messages.Count);
        var rows = await PipelineHarness.DeliveriesAsync(jobId);
        Assert.All(residents, r => Assert.Equal(nameof(DeliveryStatus.Sending), rows[r.Id].GetString("Status")));
        var progress = await harness.Get<FanOutJobStore>().GetProgressAsync(jobId, CancellationToken.None);
        Assert.Equal((true, residents.Count), (progress!.Finished, (int)progress.Sent));
    }

    [Fact]
    public async Task DeliverBatch_OneRecipientAlwaysThrottled_OthersDeliveredAndItIsRetriedOnItsOwnScheduleUntilGivenUp()
    {
        await using var twilio = await FakeTwilioServer.StartAsync();
        twilio.ThrottledLongRetryAfterSeconds = 2;
        await using var harness = await StartAsync(twilio, receipts: true, new Dictionary<string, string?>
        {
            ["Notify:Delivery:MaxAttempts"] = "3",
            ["Notify:Delivery:RetryBaseDelay"] = "00:00:00.200",
        });
        var others = Enumerable.Range(0, 199).Select(i => harness.Resident(i)).ToList();
        var failing = harness.Resident(199, channels: [ResidentChannels.Sms]) with { Phone = FakeTwilioServer.Number(FakeTwilioServer.ThrottledLong) };
        var (jobId, _) = await SendWindowOpeningAsync(harness, [.. others, failing]);

        var deferrals = new List<TableEntity>();
        var final = await Eventually.ReturnsAsync(
            async () =>
            {
                var row = (await PipelineHarness.DeliveriesAsync(jobId)).GetValueOrDefault(failing.Id);
                if (row?.GetDateTimeOffset("NextAttemptAt") is { } next && row.GetString("Status") == nameof(DeliveryStatus.TemporaryFailure))
                {
                    if (deferrals.Count == 0 || deferrals[^1].GetInt32("Attempts") != row.GetInt32("Attempts"))
                    {
                        deferrals.Add(row);
                    }

                    // Time moves on to the recipient's next attempt, as it would while the retry waits in the queue.
                    if (next > harness.Clock.GetUtcNow())
                    {
                        harness.Clock.SetUtcNow(next);
                    }
                }

                return row;
            },
            row => row?.GetString("Status") == nameof(DeliveryStatus.PermanentFailure),
            "the always-throttled recipient to be given up on",
            timeoutSeconds: 60);

        Assert.Equal(3, twilio.AttemptsFor(failing.Phone!));
        Assert.Equal([1, 2], deferrals.Select(row => row.GetInt32("Attempts") ?? 0));
        Assert.All(deferrals, row => Assert.True(
            row.GetDateTimeOffset("NextAttemptAt") >= row.GetDateTimeOffset("UpdatedAt") + TimeSpan.FromSeconds(2),
            $"attempt {row.GetInt32("Attempts")} retried at {row.GetDateTimeOffset("NextAttemptAt"):O}, before Twilio's Retry-After from {row.GetDateTimeOffset("UpdatedAt"):O}"));
        Assert.StartsWith("gave up after 3 attempts: ", final!.GetString("Reason"), StringComparison.Ordinal);
        Assert.Equal("Sms", final.GetString("Channel"));
        var progress = await harness.FinishedAsync(jobId);
        Assert.Equal((200, 199, 1), ((int)progress.Total, (int)progress.Delivered, (int)progress.Failed));
        Assert.False(await PoisonedAsync(jobId), "a delivery batch of the job was moved to the poison queue");
    }

    [Fact]
    public async Task DeliverBatch_LiveSend_RecordsTheChannelAndTemplateVersionOnEveryRow()
    {
        await using var twilio = await FakeTwilioServer.StartAsync();
        await using var harness = await StartAsync(twilio, receipts: true);
        var residents = SmsResidents(harness, 5);
        var (jobId, _) = await SendWindowOpeningAsync(harness, residents);

        var rows = await Eventually.ReturnsAsync(
            () => PipelineHarness.DeliveriesAsync(jobId),
            current => residents.All(r => current.GetValueOrDefault(r.Id)?.GetString("Status") == nameof(DeliveryStatus.Delivered)),
            "every live SMS to be delivered");

        Assert.All(residents, r => Assert.Equal(("Sms", true), (rows[r.Id].GetString("Channel"), rows[r.Id].GetInt32("TemplateVersion") >= 1)));
    }

    private static async Task<PipelineHarness> StartAsync(FakeTwilioServer twilio, bool receipts, Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? [])
        {
            ["Notify:Channels:Sms:Mode"] = "live",
            [$"{TwilioOptions.Section}:BaseUrl"] = twilio.BaseUrl.ToString(),
            [$"{TwilioOptions.Section}:AccountSid"] = twilio.AccountSid,
            [$"{TwilioOptions.Section}:AuthToken"] = twilio.AuthToken,
            [$"{TwilioOptions.Section}:From"] = "+15005550006",
            [$"{TwilioOptions.Section}:MessagesPerSecond"] = "100",
            [$"{TwilioOptions.Section}:MaxRetryDelay"] = "00:00:01",
        };
        var harness = await PipelineHarness.StartAsync(Approved, all);
        if (receipts)
        {
            harness.Get<TwilioOptions>().StatusCallbackUrl = new Uri(harness.App.BaseAddress, "/api/receipts/twilio/status");
        }

        return harness;
    }

    private static List<Resident> SmsResidents(PipelineHarness harness, int count) =>
        [.. Enumerable.Range(0, count).Select(i => harness.Resident(i, channels: [ResidentChannels.Sms]))];

    private static async Task<(string JobId, IReadOnlyList<FanOutRecipient> Recipients)> SendWindowOpeningAsync(PipelineHarness harness, IReadOnlyList<Resident> residents)
    {
        await harness.AddResidentsAsync(residents);
        var item = new PlannedItem("w" + harness.Tag, ItemKind.Window, new DateOnly(2026, 9, 1), new DateOnly(2027, 2, 25), null, ItemAudience.Residents);
        var notice = await harness.ScheduleAsync(item, new ResidentAudience(), residents);
        await harness.SweepAtAsync(OpeningDay);
        return (PipelineHarness.JobId(notice, notice.Occurrences[0]), [.. residents.Select(r => ResidentRecipients.From(r, null))]);
    }

    /// <summary>
    /// Waits until every SMS was accepted and every batch that sent them was counted (so has ended); answers those
    /// batches as the queue held them (job, batch id, sequence), each with the recipients whose rows it owns.
    /// </summary>
    private static async Task<IReadOnlyList<DeliveryBatch>> AwaitingReceiptAsync(
        PipelineHarness harness, string jobId, List<Resident> residents, IReadOnlyList<FanOutRecipient> recipients)
    {
        await Eventually.ReturnsAsync(
            () => harness.Get<FanOutJobStore>().GetProgressAsync(jobId, CancellationToken.None),
            progress => progress?.Done >= residents.Count,
            "the first delivery of every batch to be counted");
        var rows = await Eventually.ReturnsAsync(
            () => PipelineHarness.DeliveriesAsync(jobId),
            rows => residents.All(r => rows.GetValueOrDefault(r.Id)?.GetString("Status") == nameof(DeliveryStatus.Sending)),
            "every SMS to be accepted by the provider");
        return [.. (await BatchRowsAsync(jobId)).Select(batch => new DeliveryBatch(
            jobId, batch.BatchId, batch.Sequence, [.. recipients.Where(r => rows.GetValueOrDefault(r.Id)?.GetString("Owner") == batch.BatchId)]))];
    }

    /// <summary>The same batches enqueued again by a restarted fan-out: same sequence and recipients, new batch ids.</summary>
    private static List<DeliveryBatch> Copies(IEnumerable<DeliveryBatch> batches) =>
        [.. batches.Select(batch => batch with { BatchId = Guid.NewGuid().ToString("N") })];

    /// <summary>Puts the batches on the queue again at <paramref name="at"/> and waits until the app has counted each.</summary>
    private static async Task RedeliverAsync(PipelineHarness harness, IReadOnlyList<DeliveryBatch> batches, DateTimeOffset at)
    {
        harness.Clock.SetUtcNow(at);
        foreach (var batch in batches)
        {
            await harness.Get<QueuePublisher>().PublishAsync(Queues.DeliveryBatches, batch, CancellationToken.None);
        }

        await Eventually.ReturnsAsync(
            async () => (await BatchRowsAsync(batches[0].JobId)).Count(row => row.At >= at),
            counted => counted >= batches.Count,
            $"{batches.Count} batches delivered again at {at:O} to be counted");
    }

    /// <summary>The job's batch count rows ("b{sequence}-{batch id}").</summary>
    private static async Task<List<(int Sequence, string BatchId, DateTimeOffset? At)>> BatchRowsAsync(string jobId)
    {
        var rows = new List<(int, string, DateTimeOffset?)>();
        var table = TestAccount.Clients.GetTableClient(Tables.FanOutJobs);
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {jobId} and RowKey gt {"b"} and RowKey lt {"c"}")))
        {
            var dash = row.RowKey.IndexOf('-', StringComparison.Ordinal);
            rows.Add((int.Parse(row.RowKey[1..dash], CultureInfo.InvariantCulture), row.RowKey[(dash + 1)..], row.GetDateTimeOffset("At")));
        }

        return rows;
    }

    private static async Task<bool> PoisonedAsync(string jobId)
    {
        var poison = TestAccount.Clients.GetQueueClient(Queues.DeliveryBatches + "-poison");
        if (!await poison.ExistsAsync())
        {
            return false;
        }

        var messages = (await poison.PeekMessagesAsync(32)).Value;
        return messages.Any(message => Text(message.Body.ToString()).Contains(jobId, StringComparison.Ordinal));
    }

    /// <summary>A queue message's text, whether it was stored base64-encoded (as triggers read it) or as it is.</summary>
    private static string Text(string body)
    {
        var bytes = new byte[body.Length];
        return Convert.TryFromBase64String(body, bytes, out var length) ? Encoding.UTF8.GetString(bytes, 0, length) : body;
    }
}
