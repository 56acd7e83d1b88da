using Microsoft.Extensions.Logging.Abstractions;
using Notify.Core.Templates;
using Notify.Functions.Audit;
using Notify.Functions.Storage;
using Notify.Functions.Templates;
using Notify.LocalHost.Demo;
using Notify.Testing;

namespace Notify.Functions.Tests.Demo;

/// <summary>A demo store an earlier version seeded: newer shipped templates are put in use as demo-mode, unless an admin saved versions of the kind.</summary>
public sealed class DemoTemplateUpgradeTests : IAsyncLifetime
{
    private readonly string _key = "test-upgrade-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "notify-upgrade-" + Guid.NewGuid().ToString("N"));
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero));

    public async Task InitializeAsync() => await TestAccount.Clients.GetTableClient(Tables.TemplateVersions).CreateIfNotExistsAsync();

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task UpgradeAsync_OnlySeedsInUse_ApprovesAndActivatesTheNewerSeedAsDemoMode()
    {
        var (store, newer) = await SeededTwiceAsync();

        var upgraded = await Upgrade(store, newer).UpgradeAsync(CancellationToken.None);

        Assert.Equal([$"{_key} v2"], upgraded);
        Assert.Equal(2, (await store.FindHeadAsync(_key, CancellationToken.None))!.ActiveVersion);
        Assert.Equal(DemoApproval.Actor, (await store.FindVersionAsync(_key, 2, CancellationToken.None))!.ApprovedBy);
    }

    [Fact]
    public async Task UpgradeAsync_KindAnAdminSavedAVersionOf_IsLeftForAPerson()
    {
        var (store, newer) = await SeededTwiceAsync();
        var active = (await store.FindVersionAsync(_key, 1, CancellationToken.None))!;
        await store.AddVersionAsync(_key, active.Content, TemplateVersionState.Draft, "admin", "editor (e1)", "e1", activate: false, CancellationToken.None);
        await new TemplateSeeder(newer, store, NullLogger<TemplateSeeder>.Instance).SeedAsync(CancellationToken.None);

        var upgraded = await Upgrade(store, newer).UpgradeAsync(CancellationToken.None);

        Assert.DoesNotContain(upgraded, entry => entry.StartsWith(_key, StringComparison.Ordinal));
        Assert.Equal(1, (await store.FindHeadAsync(_key, CancellationToken.None))!.ActiveVersion);
    }

    /// <summary>Version 1 seeded from an older default, then the shipped (newer) default seeded as draft version 2.</summary>
    private async Task<(TemplateStore Store, TemplateCatalog Newer)> SeededTwiceAsync()
    {
        var older = new TemplateCatalog(CopyKind("older", sms => sms.Replace("您好", "你好", StringComparison.Ordinal)));
        var newer = new TemplateCatalog(CopyKind("newer", sms => sms));
        var store = new TemplateStore(TestAccount.Clients, _clock, newer);
        await new TemplateSeeder(older, store, NullLogger<TemplateSeeder>.Instance).SeedAsync(CancellationToken.None);
        await new TemplateSeeder(newer, store, NullLogger<TemplateSeeder>.Instance).SeedAsync(CancellationToken.None);
        Assert.Equal(TemplateVersionState.Draft, (await store.FindVersionAsync(_key, 2, CancellationToken.None))!.State);
        return (store, newer);
    }

    private static DemoTemplateUpgrade Upgrade(TemplateStore store, TemplateCatalog catalog) =>
        new(catalog, store, new TemplateWorkflow(store, catalog, SmsLimits.Default, new AuditTrail(NullLoggerFactory.Instance)));

    private string CopyKind(string name, Func<string, string> changeSms)
    {
        var target = Path.Combine(_folder, name, _key);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "templates", TemplateKinds.ResidentWindowOpening)))
        {
            var text = File.ReadAllText(file).Replace($"\"{TemplateKinds.ResidentWindowOpening}\"", $"\"{_key}\"", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(target, Path.GetFileName(file)), Path.GetFileName(file).StartsWith("sms.", StringComparison.Ordinal) ? changeSms(text) : text);
        }

        return Path.Combine(_folder, name);
    }
}
