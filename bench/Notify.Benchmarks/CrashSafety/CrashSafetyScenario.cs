using System.Globalization;
using Microsoft.Extensions.Configuration;
using Notify.Core.Audiences;
using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Registry;
using Notify.Core.Scheduling;
using Notify.Functions.FanOut;
using Notify.Core.Units;
using Notify.Functions.Notices;
using Notify.Functions.Senders;
using Notify.LocalHost.Demo;
using Notify.Functions.Registry;
using Notify.Functions.Schedule;
using Notify.Functions.Storage;
using Azure.Data.Tables;

namespace Notify.Benchmarks.CrashSafety;

/// <summary>
/// The crash-safety scenario's data: N residents with deterministic ids, and one resident notice reaching all of them
/// with a single occurrence due a minute ago, so the app's minute sweep (on real time) picks it up at once.
/// </summary>
public static class CrashSafetyScenario
{
    public const string ItemId = "crash-safety";
    public const string PolicyId = "crash-safety";
    public const string OccurrenceId = "crash-safety-1";

    private static readonly string[] Regions = ["jalaid.yinder", "jalaid.xinlin"];

    public static string ResidentId(int index) => string.Create(CultureInfo.InvariantCulture, $"CS{index:D7}");

    /// <summary>Writes the residents, then the notice and its occurrence; returns the fan-out job id.</summary>
    public static async Task<string> SeedAsync(StorageClients storage, int count, TextWriter output, CancellationToken cancellationToken)
    {
        // Straight inserts into Residents, without ResidentStore's per-id index reads (one point read per resident):
        // the scenario's Azurite is fresh (so plain inserts, which Azurite takes far faster than upserts), and fan-out
        // pages Residents by region, never the id index.
        var table = storage.GetTableClient(Tables.Residents);
        var chunks = Enumerable.Range(0, count).Select(Resident).GroupBy(resident => resident.Region)
            .SelectMany(region => region.Chunk(TableLimits.MaxActionsPerTransaction)).ToList();
        var written = 0;
        await Parallel.ForEachAsync(
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (chunk, token) =>
            {
                await table.SubmitTransactionAsync(
                    [.. chunk.Select(resident => new TableTransactionAction(TableTransactionActionType.Add, ResidentEntities.ToEntity(resident)))], token);
                var total = Interlocked.Add(ref written, chunk.Length);
                if (total / 20_000 != (total - chunk.Length) / 20_000)
                {
                    await output.WriteLineAsync($"crash: {total} residents written");
                }
            });

        var now = TimeProvider.System.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, ScheduleOptions.Default.TimeZone).DateTime);
        var item = new PlannedItem(ItemId, ItemKind.Window, today.AddDays(1), today.AddDays(120), null, ItemAudience.Residents);
        var planned = OccurrencePlanner.Plan(item, now, ScheduleOptions.Default).Notices
            .First(notice => notice.Audience == ItemAudience.Residents && notice.Occurrences.Count > 0);
        var occurrence = planned.Occurrences[0] with { Id = OccurrenceId, DueUtc = now.AddMinutes(-1) };
        var (sender, _) = await DemoSenderProfiles.EnsureApprovedAsync(
            new SenderProfileStore(storage, TimeProvider.System), UnitDirectory.LoadDefault().Find("jalaid.medical-security")!, "crash-safety", cancellationToken);
        var texts = SenderVariables.Merge(new NoticeTexts(new ConfigurationBuilder().Build()).For(null, SampleItem(item)), sender);
        var notice = new Notice(
            ItemId, PolicyId, planned.TemplateKind, ItemAudience.Residents, new ResidentAudience { Regions = Regions }, false, [], texts,
            new Dictionary<string, decimal>(), [occurrence], NoticeStates.Active, sender.AuthorityId);
        await new NoticeStore(storage).SaveAsync(notice, cancellationToken);
        await new OccurrenceStore(storage).SaveDirectAsync(PolicyId, ItemId, planned.TemplateKind, occurrence, [], cancellationToken);
        return FanOutJobIds.For(OccurrenceKeys.Row(ItemId, planned.TemplateKind, OccurrenceId));
    }

    private static Resident Resident(int index) => new(
        ResidentId(index),
        string.Create(CultureInfo.InvariantCulture, $"居民{index}"),
        string.Create(CultureInfo.InvariantCulture, $"+86199{index:D8}"),
        string.Create(CultureInfo.InvariantCulture, $"o-crash-{index}"),
        null,
        Regions[index % Regions.Length],
        new DateOnly(1960, 1, 1).AddDays(index % 15_000),
        ResidentCategories.FarmersAndHerders,
        new HashSet<string>(),
        null,
        ResidentLanguages.Chinese,
        [ResidentChannels.WeChat, ResidentChannels.Sms],
        new Dictionary<string, bool>());

    private static ExtractedItem SampleItem(PlannedItem item) => new(
        item.Kind, item.Date, item.EndDate, item.Recurrence, 1, "城乡居民基本医疗保险集中缴费期", "扎医保发〔2026〕9号",
        [], [], item.Audience, [], [], 1, []);
}
