using Microsoft.Extensions.DependencyInjection;
using Notify.Core.Units;
using Notify.Functions.Senders;
using Notify.LocalHost.Demo;

namespace Notify.Functions.Tests.Support;

/// <summary>
/// Approved sender profiles for the authorities a test's items speak for (the demo's invented details), so that
/// approving and sending pass the sender profile checks as they would in use.
/// </summary>
public static class TestSenders
{
    public const string Baotou = "baotou.medical-security";
    public const string BaotouOffice = "baotou.government-office";
    public const string Jalaid = "jalaid.medical-security";

    public static async Task ApproveAsync(IServiceProvider services, params string[] authorityIds)
    {
        ArgumentNullException.ThrowIfNull(authorityIds);
        foreach (var authorityId in authorityIds)
        {
            await EnsureAsync(services.GetRequiredService<SenderProfileStore>(), authorityId);
        }
    }

    /// <summary>The approved profile of <paramref name="authorityId"/>, added when it has none.</summary>
    public static async Task<SenderProfile> EnsureAsync(SenderProfileStore store, string authorityId)
    {
        ArgumentNullException.ThrowIfNull(store);
        var unit = UnitDirectory.LoadDefault().Find(authorityId) ?? throw new ArgumentException($"No unit {authorityId}.", nameof(authorityId));
        return (await DemoSenderProfiles.EnsureApprovedAsync(store, unit, "tests", CancellationToken.None)).Profile;
    }
}
