using Microsoft.Azure.Functions.Worker;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Notify.Core.Audiences;
using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Registry;
using Notify.Core.Scheduling;
using Notify.Functions.Deliver;
using Notify.Functions.FanOut;
using Notify.Functions.Hosting;
using Notify.Functions.Notices;
using Notify.Functions.Registry;
using Notify.Functions.Schedule;
using Notify.Functions.Senders;
using Notify.Functions.Storage;
using Notify.Functions.Tests.Support;
using Notify.Testing;
using Azure.Data.Tables;

namespace Notify.Functions.Tests.Pipeline;

/// <summary>
/// The real app in local mode on a hand-driven clock, with helpers to put residents and notices in place and to
/// sweep. Every test's residents get fresh ids and every audience lists them, so tests sharing the Azurite
/// tables never reach each other's residents.
/// </summary>
public sealed class PipelineHarness : IAsyncDisposable
{
    private PipelineHarness(NotifyTestApp app, ManualTimeProvider clock)
    {
        App = app;
        Clock = clock;
    }

    public NotifyTestApp App { get; }

    public ManualTimeProvider Clock { get; }

    public string Tag { get; } = Guid.NewGuid().ToString("N")[..8];

    public T Get<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    public static async Task<PipelineHarness> StartAsync(DateTimeOffset startUtc, IDictionary<string, string?>? settings = null)
    {
        var clock = new ManualTimeProvider(startUtc);
        var app = await NotifyTestApp.StartAsync(services => services.AddSingleton<TimeProvider>(clock), settings);
        await TestSenders.ApproveAsync(app.Services, TestSenders.Jalaid, TestSenders.Baotou);
        return new PipelineHarness(app, clock);
    }

    public Resident Resident(int index, string region = "jalaid.yinder", string category = ResidentCategories.FarmersAndHerders, int? paidThrough = null,
        IReadOnlyList<string>? channels = null, IReadOnlyDictionary<string, bool>? consent = null, string language = ResidentLanguages.Chinese) =>
        new(
            $"T{Tag}{index:D5}",
            $"测试{index}",
            string.Create(CultureInfo.InvariantCulture, $"+86198{index % 100_000_000:D8}"),
            $"o-test-{Tag}-{index}",
            $"r{index}@example.cn",
            region,
            new DateOnly(1970, 1, 1).AddDays(index),
            category,
            new HashSet<string>(),
            paidThrough,
            language,
            channels ?? [ResidentChannels.WeChat, ResidentChannels.Sms],
            consent ?? new Dictionary<string, bool>());

    public Task AddResidentsAsync(IReadOnlyList<Resident> residents) => Get<ResidentStore>().UpsertBatchAsync(residents, CancellationToken.None);

    /// <summary>
    /// Saves a notice and its occurrences for a planned item, its audience narrowed to <paramref name="residents"/>,
    /// speaking for <paramref name="authorityId"/> (Jalaid's medical security bureau unless given) as approval would.
    /// </summary>
    public async Task<Notice> ScheduleAsync(PlannedItem item, ResidentAudience audience, IEnumerable<Resident> residents, IReadOnlyDictionary<string, decimal>? amounts = null,
        IReadOnlyList<string>? unitIds = null, bool unpaidOnly = false, string authorityId = TestSenders.Jalaid)
    {
        var sender = await TestSenders.EnsureAsync(Get<SenderProfileStore>(), authorityId);
        var plan = OccurrencePlanner.Plan(item, Clock.GetUtcNow(), ScheduleOptions.Default);
        Assert.False(plan.Expired, plan.ExpiredReason);
        Notice? first = null;
        foreach (var planned in plan.Notices)
        {
            var notice = new Notice(
                item.ItemId,
                "p" + Tag,
                planned.TemplateKind,
                planned.Audience,
                audience with { ResidentIds = [.. residents.Select(resident => resident.Id)] },
                unpaidOnly,
                unitIds ?? [],
                SenderVariables.Merge(Get<NoticeTexts>().For(null, SampleItem(item)), sender),
                amounts ?? new Dictionary<string, decimal>(),
                planned.Occurrences,
                NoticeStates.Active,
                authorityId);
            await Get<NoticeStore>().SaveAsync(notice, CancellationToken.None);
            first ??= notice;
        }

        await Get<OccurrenceStore>().SaveAsync("p" + Tag, item.ItemId, plan, CancellationToken.None);
        return first!;
    }

    /// <summary>Moves the clock to <paramref name="utc"/> and runs one sweep, as the minute timer would.</summary>
    public async Task SweepAtAsync(DateTimeOffset utc)
    {
        Clock.SetUtcNow(utc);
        await using var scope = App.Services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<SweepDueOccurrences>(scope.ServiceProvider).RunAsync(new TimerInfo(), CancellationToken.None);
    }

    public static string JobId(Notice notice, PlannedOccurrence occurrence) =>
        FanOutJobIds.For(OccurrenceKeys.Row(notice.ItemId, notice.TemplateKind, occurrence.Id));

    public Task<FanOutProgress> FinishedAsync(string jobId, int timeoutSeconds = 60) =>
        Eventually.ReturnsAsync(
            async () => await Get<FanOutJobStore>().GetProgressAsync(jobId, CancellationToken.None),
            progress => progress is { Finished: true },
            $"job {jobId} to finish",
            timeoutSeconds)!;

    /// <summary>Every delivery row of a job, by recipient id.</summary>
    public static async Task<Dictionary<string, TableEntity>> DeliveriesAsync(string jobId)
    {
        var table = TestAccount.Clients.GetTableClient(Tables.Deliveries);
        var rows = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        for (var shard = 0; shard < DeliveryKey.Shards; shard++)
        {
            var partition = DeliveryKey.PartitionOf(jobId, shard);
            await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}")))
            {
                rows.Add(row.RowKey, row);
            }
        }

        return rows;
    }

    public static TableEntity? SandboxMessage(string deliveryId, DateTimeOffset sentUtc) =>
        TestAccount.Clients.GetTableClient(Tables.SandboxMessages)
            .GetEntityOrDefaultAsync(Notify.Functions.Channels.Sandbox.SandboxChannel.BusinessDay(sentUtc), deliveryId).GetAwaiter().GetResult();

    public ValueTask DisposeAsync() => App.DisposeAsync();

    private static ExtractedItem SampleItem(PlannedItem item) => new(
        item.Kind, item.Date, item.EndDate, item.Recurrence, 1, "城乡居民基本医疗保险集中缴费期", "扎医保发〔2026〕9号",
        [], [], item.Audience, [], [], 1, []);
}
