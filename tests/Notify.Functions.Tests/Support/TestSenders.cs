using Microsoft.Extensions.DependencyInjection;
using Notify.Core.Units;
using Notify.Functions.Senders;
using Notify.LocalHost.Demo;

namespace Notify.Functions.Tests.Support;

/// <summary>
/// Approved sender profiles for the authorities a test's items speak for (the demo's invented details), so that
/// approving and sending pass the sender profile guard as they would in use.
/// </summary>
public static class TestSenders
{
    public const string Baotou = "baotou.medical-security";
    public const string BaotouOffice = "baotou.government-office";
    public const string Jalaid = "jalaid.medical-security";

    public static async Task ApproveAsync(IServiceProvider services, params string[] authorityIds)
    {
        ArgumentNullException.ThrowIfNull(authorityIds);
        var store = services.GetRequiredService<SenderProfileStore>();
        var workflow = services.GetRequiredService<SenderProfileWorkflow>();
        foreach (var authorityId in authorityIds)
        {
            if (await store.FindActiveAsync(authorityId, CancellationToken.None) is null)
            {
                var unit = UnitDirectory.LoadDefault().Find(authorityId) ?? throw new ArgumentException($"No unit {authorityId}.", nameof(authorityIds));
                await workflow.AddApprovedAsync(authorityId, DemoSenderProfiles.For(unit), "tests", CancellationToken.None);
            }
        }
    }
}
