using System.Globalization;
using Microsoft.Extensions.Configuration;
using Notify.Core.Audiences;
using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Registry;
using Notify.Core.Scheduling;
using Notify.Functions.Deliver;
using Notify.Functions.FanOut;
using Notify.Functions.Notices;
using Notify.Functions.Senders;
using Notify.Functions.Tests.Support;
using Notify.Functions.Registry;
using Notify.Functions.Schedule;
using Notify.Testing;

namespace Notify.Functions.Tests.CrashSafety;

/// <summary>
/// Residents with ids unique to one run, and a resident notice due a minute ago on real time whose audience is a flag
/// only they carry (an id list of thousands would not fit the notice's table property), so the separate app's minute
/// sweep starts the fan-out and no other test's residents are reached.
/// </summary>
public sealed class CrashScenario
{
    private const string Region = "jalaid.yinder";

    private CrashScenario(string tag, int count)
    {
        Tag = tag;
        RecipientIds = [.. Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"K{tag}{i:D5}"))];
    }

    public string Tag { get; }

    public IReadOnlyList<string> RecipientIds { get; }

    public string JobId { get; private set; } = "";

    public static async Task<CrashScenario> SeedAsync(int count)
    {
        var scenario = new CrashScenario(Guid.NewGuid().ToString("N")[..8], count);
        var flag = "crash-" + scenario.Tag;
        var residents = scenario.RecipientIds.Select((id, i) => new Resident(
            id, $"测试{i}", string.Create(CultureInfo.InvariantCulture, $"+86197{i:D8}"), $"o-crash-{id}", null, Region,
            new DateOnly(1970, 1, 1).AddDays(i), ResidentCategories.FarmersAndHerders, new HashSet<string> { flag }, null,
            ResidentLanguages.Chinese, [ResidentChannels.WeChat, ResidentChannels.Sms], new Dictionary<string, bool>())).ToList();
        await new ResidentStore(TestAccount.Clients).UpsertBatchAsync(residents, CancellationToken.None);

        var now = TimeProvider.System.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, ScheduleOptions.Default.TimeZone).DateTime);
        var itemId = "k" + scenario.Tag;
        var item = new PlannedItem(itemId, ItemKind.Window, today.AddDays(1), today.AddDays(120), null, ItemAudience.Residents);
        var planned = OccurrencePlanner.Plan(item, now, ScheduleOptions.Default).Notices.First(n => n.Audience == ItemAudience.Residents && n.Occurrences.Count > 0);
        var occurrence = planned.Occurrences[0] with { Id = "crash-" + scenario.Tag, DueUtc = now.AddMinutes(-1) };
        var extracted = new ExtractedItem(
            item.Kind, item.Date, item.EndDate, null, 1, "城乡居民基本医疗保险集中缴费期", "扎医保发〔2026〕9号", [], [], item.Audience, [], [], 1, []);
        var sender = await TestSenders.EnsureAsync(new SenderProfileStore(TestAccount.Clients, TimeProvider.System), TestSenders.Jalaid);
        var notice = new Notice(
            itemId, "p" + scenario.Tag, planned.TemplateKind, ItemAudience.Residents, new ResidentAudience { Regions = [Region], Flags = [flag] }, false, [],
            SenderVariables.Merge(new NoticeTexts(new ConfigurationBuilder().Build()).For(null, extracted), sender), new Dictionary<string, decimal>(), [occurrence],
            NoticeStates.Active, sender.AuthorityId);
        await new NoticeStore(TestAccount.Clients).SaveAsync(notice, CancellationToken.None);
        await new OccurrenceStore(TestAccount.Clients).SaveDirectAsync(notice.PolicyId, itemId, planned.TemplateKind, occurrence, [], CancellationToken.None);
        scenario.JobId = FanOutJobIds.For(OccurrenceKeys.Row(itemId, planned.TemplateKind, occurrence.Id));
        return scenario;
    }

    /// <summary>Sends of this job's recipients in the send log (one line per actual send), by recipient id.</summary>
    public Dictionary<string, int> SendsByRecipient(string sendLog)
    {
        var sends = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!File.Exists(sendLog))
        {
            return sends;
        }

        using var reader = new StreamReader(new FileStream(sendLog, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0 && DeliveryKey.Parse(line[..tab]) is var key && key.Partition.StartsWith(JobId + "|", StringComparison.Ordinal))
            {
                sends[key.Row] = sends.GetValueOrDefault(key.Row) + 1;
            }
        }

        return sends;
    }
}
