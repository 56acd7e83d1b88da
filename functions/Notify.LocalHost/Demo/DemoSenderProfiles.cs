using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Notify.Core.Channels;
using Notify.Core.Units;
using Notify.Functions.Audit;
using Notify.Functions.Review;
using Notify.Functions.Senders;

namespace Notify.LocalHost.Demo;

/// <summary>
/// Demo step e, before approval: every authority the demo's items speak for gets a sender profile, added already
/// approved as <see cref="DemoApproval.Actor"/> (DEMO MODE, not a human review) with invented contact details of its
/// own: Jalaid Banner's hotline and website for Jalaid's notices, never Baotou's. Authorities that already have an
/// approved profile keep it.
/// </summary>
public sealed class DemoSenderProfiles(PolicyItemStore items, SenderProfileStore store, AuditTrail audit)
{
    private static readonly Dictionary<string, SenderDetails> Invented = new(StringComparer.Ordinal)
    {
        ["jalaid.medical-security"] = new("扎赉特旗医疗保障局", "【扎赉特医保】", "扎赉特旗医疗保障局", "ybj-notice@zlt.gov.cn", "wx5a1d0c3e7b9f2468", 1000011, "0482-6112393", "https://www.zlt.gov.cn/ybj"),
        ["baotou.medical-security"] = new("包头市医疗保障局", "【包头医保】", "包头市医疗保障局", "notice@ybj.baotou.gov.cn", "wx3c8e2a9d4f6b1057", 1000021, "0472-5112393", "https://ybj.baotou.gov.cn"),
        ["baotou.government-office"] = new("包头市人民政府办公室", "【包头市政府】", "包头市人民政府办公室", "notice@baotou.gov.cn", "wx9e4b7c1a2d8f3065", 1000031, "12345", "https://www.baotou.gov.cn"),
    };

    /// <summary>Invented details for <paramref name="unit"/>: the three sample authorities' own, others derived from the unit.</summary>
    public static SenderDetails For(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (Invented.TryGetValue(unit.Id, out var known))
        {
            return known;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(unit.Id));
        var name = unit.Name.Length <= SmsSignature.MaxNameLength ? unit.Name : unit.Name[..SmsSignature.MaxNameLength];
        return new SenderDetails(
            unit.Name,
            $"【{name}】",
            unit.Name,
            $"notice@{unit.Id.Replace('.', '-')}.demo.invalid",
            "wx" + Convert.ToHexStringLower(hash)[..16],
            1_000_100 + (hash[0] % 100),
            "12345",
            string.Create(CultureInfo.InvariantCulture, $"https://{unit.Id.Replace('.', '-')}.demo.invalid"));
    }

    /// <summary>
    /// The approved profile of <paramref name="unit"/>; when it has none, one with invented details is added as approved
    /// by <paramref name="actor"/> (the demo, tests and benchmarks; never a human review).
    /// </summary>
    public static async Task<(SenderProfile Profile, bool Added)> EnsureApprovedAsync(SenderProfileStore store, Unit unit, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(unit);
        return await store.FindActiveAsync(unit.Id, cancellationToken) is { } active
            ? (active, false)
            : (await store.AddVersionAsync(unit.Id, For(unit), SenderProfileState.Approved, actor, actor, cancellationToken), true);
    }

    /// <summary>Adds the missing profiles for the authorities of the proposed items of <paramref name="policyIds"/>; returns their names.</summary>
    public async Task<IReadOnlyList<string>> EnsureAsync(IEnumerable<string> policyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policyIds);
        var authorities = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var policyId in policyIds)
        {
            authorities.UnionWith((await items.ListItemsAsync(policyId, cancellationToken)).Select(item => item.Decisions.AuthorityId).OfType<string>());
        }

        var added = new List<string>();
        foreach (var authorityId in authorities)
        {
            if (UnitDirectory.LoadDefault().Find(authorityId) is { IsGroup: false } unit
                && await EnsureApprovedAsync(store, unit, DemoApproval.Actor, cancellationToken) is (var profile, Added: true))
            {
                audit.Record(DemoApproval.Actor, "added approved sender profile", $"sender profile {authorityId} v{profile.Version}", "demo mode, invented details");
                added.Add(unit.Name);
            }
        }

        return added;
    }
}
