using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Notify.Core.Audiences;
using Notify.Core.Extraction;
using Notify.Core.Registry;
using Notify.Core.Scheduling;
using Notify.Functions.Deliver;
using Notify.Functions.Eligibility;
using Notify.Functions.Notices;
using Notify.Functions.Registry;
using Notify.Functions.Schedule;
using Notify.Functions.Storage;
using Notify.Testing;
using Azure.Data.Tables;

namespace Notify.Functions.Tests.Eligibility;

/// <summary>
/// Real stores on the test Azurite with a hand-driven clock in 2043, later than any other test's notices, so only this
/// test's notices have future occurrences; every notice also names its residents, so tests running side by side never meet.
/// </summary>
public sealed class EligibilityFixture
{
    /// <summary>10:00 in Asia/Shanghai.</summary>
    public static readonly DateTimeOffset Start = new(2043, 3, 10, 2, 0, 0, TimeSpan.Zero);

    private static readonly SemaphoreSlim Created = new(1, 1);
    private static bool _tablesCreated;

    public EligibilityFixture(DateTimeOffset? start = null)
    {
        Clock = new ManualTimeProvider(start ?? Start);
        Residents = new ResidentStore(TestAccount.Clients);
        Notices = new NoticeStore(TestAccount.Clients);
        Occurrences = new OccurrenceStore(TestAccount.Clients);
        Ledger = new DeliveryLedger(TestAccount.Clients, Clock);
        Evaluator = new EligibilityEvaluator(Notices, Occurrences, Ledger, ScheduleOptions.Default);
        Applier = new ResidentChangeApplier(Residents, Evaluator, NullLogger<ResidentChangeApplier>.Instance);
        Scanner = new AgeThresholdScanner(Residents, Evaluator, TestAccount.Clients, Clock, NullLogger<AgeThresholdScanner>.Instance);
    }

    public string Prefix { get; } = TestStorage.UniqueTableName("E") + "-";

    public ManualTimeProvider Clock { get; }

    public ResidentStore Residents { get; }

    public NoticeStore Notices { get; }

    public OccurrenceStore Occurrences { get; }

    public DeliveryLedger Ledger { get; }

    public EligibilityEvaluator Evaluator { get; }

    public ResidentChangeApplier Applier { get; }

    public AgeThresholdScanner Scanner { get; }

    public static async Task CreateTablesAsync()
    {
        await Created.WaitAsync();
        try
        {
            if (!_tablesCreated)
            {
                foreach (var table in new[] { Tables.Residents, Tables.ResidentIndex, Tables.Notices, Tables.Occurrences, Tables.Deliveries })
                {
                    await TestAccount.Clients.GetTableClient(table).CreateIfNotExistsAsync();
                }

                _tablesCreated = true;
            }
        }
        finally
        {
            Created.Release();
        }
    }

    public Resident Person(
        string name,
        string region = "baotou.kundulun",
        DateOnly? birthDate = null,
        string category = ResidentCategories.UrbanResidents,
        int? paidThroughYear = null,
        params string[] flags) =>
        new(Prefix + name, "测试", null, null, null, region, birthDate ?? new DateOnly(1970, 1, 1), category,
            flags.ToHashSet(StringComparer.Ordinal), paidThroughYear, ResidentLanguages.Chinese, [ResidentChannels.Sms], new Dictionary<string, bool>());

    /// <summary>A closing-reminder notice with occurrences due 1 June and 1 August 2043, for the given residents only.</summary>
    public async Task<Notice> SaveNoticeAsync(ResidentAudience audience, bool unpaidOnly = false, params Resident[] residents)
    {
        var notice = new Notice(
            Prefix + Guid.NewGuid().ToString("N")[..8],
            "policy-eligibility",
            NoticeKinds.ResidentWindowClosing,
            ItemAudience.Residents,
            audience with { ResidentIds = [.. residents.Select(resident => resident.Id)] },
            unpaidOnly,
            [],
            new Dictionary<string, string>(),
            new Dictionary<string, decimal>(),
            [
                new PlannedOccurrence("closing-1", new DateTimeOffset(2043, 6, 1, 1, 0, 0, TimeSpan.Zero), "window-closing", new DateOnly(2043, 6, 15), null),
                new PlannedOccurrence("closing-2", new DateTimeOffset(2043, 8, 1, 1, 0, 0, TimeSpan.Zero), "window-closing", new DateOnly(2043, 8, 15), null),
            ],
            NoticeStates.Active);
        await Notices.SaveAsync(notice, CancellationToken.None);
        return notice;
    }

    public ResidentChangeMessage Message(ResidentChange change) => new(Guid.NewGuid().ToString("N"), Clock.GetUtcNow(), change);

    /// <summary>Every newly-eligible row scheduled for <paramref name="notice"/>: its due time and the residents it names.</summary>
    public static async Task<IReadOnlyList<(DateTimeOffset DueUtc, string Key, IReadOnlyList<string> ResidentIds)>> NewlyEligibleAsync(Notice notice)
    {
        var rows = new List<(DateTimeOffset, string, IReadOnlyList<string>)>();
        var filter = TableClient.CreateQueryFilter($"ItemId eq {notice.ItemId} and TemplateKind eq {NoticeKinds.ResidentNewlyEligible}");
        await foreach (var entity in TestAccount.Clients.GetTableClient(Tables.Occurrences).QueryAsync<TableEntity>(filter))
        {
            rows.Add((entity.GetDateTimeOffset("DueUtc")!.Value, entity.RowKey, JsonSerializer.Deserialize<List<string>>(entity.GetString("ResidentIds") ?? "[]")!));
        }

        return rows;
    }

    public Task<DeliveryRecord?> DeliveryAsync(Notice notice, string occurrenceId, Resident resident) =>
        Ledger.FindAsync(
            DeliveryKey.For(FanOut.FanOutJobIds.For(OccurrenceKeys.Row(notice.ItemId, notice.TemplateKind, occurrenceId)), resident.Id).Id,
            CancellationToken.None);
}
