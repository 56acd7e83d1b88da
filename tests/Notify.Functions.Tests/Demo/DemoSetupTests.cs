using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Notify.LocalHost.Local;
using Notify.Core.Items;
using Notify.Core.Registry;
using Notify.Core.Units;
using Notify.LocalHost.Demo;
using Notify.Functions.Hosting;
using Notify.Functions.Ingest;
using Notify.Functions.Registry;
using Notify.Functions.Review;
using Notify.Functions.Storage;
using Notify.Functions.Tests.Support;
using Notify.Functions.Units;
using Notify.Testing;
using Azure;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;

namespace Notify.Functions.Tests.Demo;

/// <summary>
/// Steps a–f of <c>notify demo</c> in-process against Azurite with a small registry: what the first run sets up,
/// and that a second run changes nothing. The app is built but not started, so no queue listener parses behind its back.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DemoSetupTests
{
    private const int Residents = 300;
    private const int Seed = 11;

    private static readonly DateTimeOffset Now = new(2026, 8, 25, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RunAsync_FreshStorage_LoadsContactsResidentsAndSamplesAndApprovesAsDemoMode()
    {
        await using var app = await PreparedAppAsync();
        await ForgetEarlierDemoAsync(app.Services);
        var output = new StringWriter();

        var report = await new DemoSetup(app.Services).RunAsync(Options(), output, CancellationToken.None);

        var directory = app.Services.GetRequiredService<UnitDirectory>();
        var contacts = await app.Services.GetRequiredService<UnitContactStore>().ListAsync(CancellationToken.None);
        Assert.Equal(directory.Units.Count, report.UnitsWithContacts);
        Assert.Empty(directory.Units.Select(unit => unit.Id).Except(contacts.Select(contact => contact.UnitId)));

        Assert.Equal(Residents, report.ResidentsImported);
        var residents = app.Services.GetRequiredService<ResidentStore>();
        foreach (var resident in new ResidentGenerator(Seed, new DateOnly(2026, 8, 25)).Generate(Residents).Where((_, index) => index % 50 == 0 || index == Residents - 1))
        {
            Assert.Equal(resident, await residents.FindAsync(resident.Region, resident.Id, CancellationToken.None));
        }

        Assert.Equal(DemoSamples.FileNames, report.Policies.Select(policy => policy.FileName));
        Assert.All(report.Policies, policy => Assert.True(policy.IngestedNow && policy.Status == PolicyStatus.Parsed && policy.ItemCount > 0, policy.ToString()));

        var items = app.Services.GetRequiredService<PolicyItemStore>();
        var review = app.Services.GetRequiredService<ItemReview>();
        var approved = 0;
        foreach (var policy in report.Policies)
        {
            foreach (var item in await items.ListItemsAsync(policy.PolicyId, CancellationToken.None))
            {
                // Every guard, the reachable-audience one included: an item naming only a group of units is left proposed.
                var approvable = await review.ApprovalBlockerAsync(item, CancellationToken.None) is null;
                Assert.Equal(approvable ? ReviewState.Approved : ReviewState.Proposed, item.ReviewState);
                if (approvable)
                {
                    approved++;
                    Assert.Equal((DemoApproval.Actor, DemoApproval.Note), (item.ReviewedBy, item.ReviewNote));
                    var history = await items.ListHistoryAsync(policy.PolicyId, item.Id, CancellationToken.None);
                    Assert.Contains(history, entry => entry.Action == ReviewState.Approved && entry.Actor == DemoApproval.Actor);
                }
            }
        }

        Assert.True(approved > 0);
        Assert.Equal(approved, report.Approvals.Approved);
        await AssertJalaidPeriodMergedIntoTheYearlyRuleAsync(items, report.Policies.Single(policy => policy.FileName.StartsWith("jalaid", StringComparison.Ordinal)).PolicyId);
        Assert.Contains($"DEMO MODE auto-approved {approved} items", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("demo [f] scheduled", output.ToString(), StringComparison.Ordinal);
        Assert.True(await OccurrencesOfAsync(report) > 0, "approving through ItemReview schedules the items' occurrences");
        Assert.True(report.Scheduled.Sum(kind => kind.Occurrences) >= await OccurrencesOfAsync(report));
        Assert.Equal(report.Scheduled, await ActivatorUtilities.CreateInstance<ScheduleOverview>(app.Services).ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_SecondRun_ChangesNothing()
    {
        await using var app = await PreparedAppAsync();
        await ForgetEarlierDemoAsync(app.Services);
        var first = await new DemoSetup(app.Services).RunAsync(Options(), TextWriter.Null, CancellationToken.None);
        var before = await SnapshotAsync(app.Services, first);

        var second = await new DemoSetup(app.Services).RunAsync(Options(), TextWriter.Null, CancellationToken.None);

        Assert.Equal((0, first.UnitsWithContacts, 0), (second.UnitContactsAdded, second.UnitsWithContacts, second.ResidentsImported));
        Assert.Equal(first.Policies.Select(policy => policy.PolicyId), second.Policies.Select(policy => policy.PolicyId));
        Assert.All(second.Policies, policy => Assert.False(policy.IngestedNow));
        Assert.Equal(new DemoApprovalTally(0, first.Approvals.Blocked, 0), second.Approvals);
        Assert.Equal(first.Scheduled, second.Scheduled);
        Assert.Equal(await OccurrencesOfAsync(first), await OccurrencesOfAsync(second));
        Assert.Equal(before, await SnapshotAsync(app.Services, second));
    }

    private static DemoOptions Options() => new(Residents, Seed, RepositoryPaths.Samples);

    private static async Task<WebApplication> PreparedAppAsync()
    {
        var app = NotifyApp.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [StorageAccountFactory.Setting] = TestStorage.ConnectionString,
                ["Logging:LogLevel:Default"] = "Warning",
            });
            builder.Services.AddSingleton<TimeProvider>(new ManualTimeProvider(Now));
        });
        await NotifyApp.PrepareStorageAsync(app, CancellationToken.None);
        return app;
    }

    /// <summary>The sample's yearly rule and the year's own period are one window: the later item was merged into the earlier, as demo-mode.</summary>
    private static async Task AssertJalaidPeriodMergedIntoTheYearlyRuleAsync(PolicyItemStore items, string policyId)
    {
        var windows = (await items.ListItemsAsync(policyId, CancellationToken.None)).Where(item => item.Item.Kind == ItemKind.Window).OrderBy(item => item.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(2, windows.Count);
        var (yearly, period) = (windows[0], windows[1]);
        Assert.Contains(ItemDecisions.Reference(policyId, period.Id), yearly.Decisions.SameAs ?? []);
        Assert.Equal(ItemDecisions.Reference(policyId, yearly.Id), period.Decisions.MergedInto);
        Assert.StartsWith($"{ItemReview.MergedPrefix} {policyId}/{yearly.Id}", period.Schedule, StringComparison.Ordinal);
        Assert.DoesNotContain(ItemReview.MergedPrefix, yearly.Schedule, StringComparison.Ordinal);
        Assert.Contains(await items.ListHistoryAsync(policyId, period.Id, CancellationToken.None), entry => entry.Action == "edited" && entry.Actor == DemoApproval.Actor);
    }

    /// <summary>The test storage outlives a test run: drop the demo's policies and its last resident so the first run starts fresh.</summary>
    private static async Task ForgetEarlierDemoAsync(IServiceProvider services)
    {
        var hashes = SampleHashes();
        var policies = services.GetRequiredService<PolicyStore>();
        foreach (var policy in await policies.ListAsync(CancellationToken.None))
        {
            if (hashes.Contains(policy.Sha256))
            {
                await policies.DeleteAsync(policy.Id, CancellationToken.None);
            }
        }

        var last = new ResidentGenerator(Seed, new DateOnly(2026, 8, 25)).Generate(Residents).Last();
        try
        {
            await TestAccount.Clients.GetTableClient(Tables.Residents).DeleteEntityAsync(last.Region, last.Id);
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == nameof(TableErrorCode.ResourceNotFound))
        {
            // Not there: nothing to forget.
        }
    }

    /// <summary>Rows of the Occurrences table (any state) that belong to the demo's policies.</summary>
    private static async Task<int> OccurrencesOfAsync(DemoReport report)
    {
        var ids = report.Policies.Select(policy => policy.PolicyId).ToHashSet(StringComparer.Ordinal);
        var count = 0;
        await foreach (var entity in TestAccount.Clients.GetTableClient(Tables.Occurrences).QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey", "PolicyId"]))
        {
            count += ids.Contains(entity.GetString("PolicyId") ?? "") ? 1 : 0;
        }

        return count;
    }

    private static HashSet<string> SampleHashes() => DemoSamples.FileNames
        .Select(name => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, name)))))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Everything a re-run could touch: the samples' policy rows and each item's ETag, state and history length.</summary>
    private static async Task<string> SnapshotAsync(IServiceProvider services, DemoReport report)
    {
        var policies = services.GetRequiredService<PolicyStore>();
        var items = services.GetRequiredService<PolicyItemStore>();
        var hashes = SampleHashes();
        var lines = new List<string> { $"policies with the samples' bytes: {(await policies.ListAsync(CancellationToken.None)).Count(policy => hashes.Contains(policy.Sha256))}" };
        foreach (var demo in report.Policies)
        {
            lines.Add((await policies.FindAsync(demo.PolicyId, CancellationToken.None))!.ToString());
            foreach (var item in (await items.ListItemsAsync(demo.PolicyId, CancellationToken.None)).OrderBy(item => item.Id, StringComparer.Ordinal))
            {
                var history = await items.ListHistoryAsync(demo.PolicyId, item.Id, CancellationToken.None);
                lines.Add($"{item.Id} {item.ReviewState} {item.ETag} {history.Count}");
            }
        }

        return string.Join('\n', lines);
    }
}
