using Notify.Core.Templates;
using Notify.Functions.Storage;
using Notify.Functions.Templates;
using Notify.Testing;

namespace Notify.Functions.Tests.Templates;

public sealed class TemplateWorkflowTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero));
    private readonly string _key = "test-kind-" + Guid.NewGuid().ToString("N")[..8];
    private TemplateStore _store = null!;
    private TemplateWorkflow _workflow = null!;

    public async Task InitializeAsync()
    {
        await TestAccount.Clients.GetTableClient(Tables.TemplateVersions).CreateIfNotExistsAsync();
        _store = new TemplateStore(TestAccount.Clients, _clock);
        _workflow = new TemplateWorkflow(_store, new TemplateCatalog(Path.Combine(RepositoryPaths.Root, "templates")));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AddVersionAsync_Twice_NumbersVersionsAndKeepsBothImmutable()
    {
        var first = await _store.AddVersionAsync(_key, Content("【包头医保】您好{{name}}"), TemplateVersionState.Draft, "admin", "editor (e1)", "e1", activate: false, CancellationToken.None);
        var second = await _store.AddVersionAsync(_key, Content("【包头医保】{{name}}您好"), TemplateVersionState.Draft, "admin", "editor (e1)", "e1", activate: false, CancellationToken.None);

        Assert.Equal((1, 2), (first.Version, second.Version));
        var head = await _store.FindHeadAsync(_key, CancellationToken.None);
        Assert.Equal((2, (int?)null), (head!.LatestVersion, head.ActiveVersion));
        Assert.Equal("【包头医保】您好{{name}}", (await _store.FindVersionAsync(_key, 1, CancellationToken.None))!.Content.ForLocale("zh-Hans").Sms!.Body);
    }

    [Fact]
    public async Task AddVersionAsync_Concurrently_NeverLosesOrDoublesAVersion()
    {
        var saves = Enumerable.Range(0, 8).Select(i =>
            _store.AddVersionAsync(_key, Content($"【包头医保】第{i}版{{{{name}}}}"), TemplateVersionState.Draft, "admin", "e", "e1", false, CancellationToken.None));

        var versions = await Task.WhenAll(saves);

        Assert.Equal(Enumerable.Range(1, 8), versions.Select(v => v.Version).Order());
        Assert.Equal(8, (await _store.FindHeadAsync(_key, CancellationToken.None))!.LatestVersion);
    }

    [Fact]
    public async Task ApproveAsync_ByItsEditor_IsRefused()
    {
        await _store.AddVersionAsync(_key, Content("【包头医保】{{name}}"), TemplateVersionState.Draft, "admin", "editor (e1)", "e1", false, CancellationToken.None);

        var outcome = await _workflow.ApproveAsync(_key, 1, "editor (e1)", "e1", CancellationToken.None);

        Assert.Equal(409, outcome.Status);
        Assert.Contains("another approver", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActivateAsync_Draft_IsRefusedUntilApprovedThenRollbackWorks()
    {
        await _store.AddVersionAsync(_key, Content("【包头医保】一{{name}}"), TemplateVersionState.Draft, "admin", "editor (e1)", "e1", false, CancellationToken.None);
        await _store.AddVersionAsync(_key, Content("【包头医保】二{{name}}"), TemplateVersionState.Draft, "admin", "editor (e1)", "e1", false, CancellationToken.None);

        Assert.Equal(409, (await _workflow.ActivateAsync(_key, 2, CancellationToken.None)).Status);

        Assert.Equal(200, (await _workflow.ApproveAsync(_key, 1, "approver (a1)", "a1", CancellationToken.None)).Status);
        Assert.Equal(200, (await _workflow.ApproveAsync(_key, 2, "approver (a1)", "a1", CancellationToken.None)).Status);
        Assert.Equal(200, (await _workflow.ActivateAsync(_key, 2, CancellationToken.None)).Status);
        Assert.Equal(2, (await _store.FindHeadAsync(_key, CancellationToken.None))!.ActiveVersion);

        Assert.Equal(200, (await _workflow.ActivateAsync(_key, 1, CancellationToken.None)).Status);
        Assert.Equal(1, (await _store.FindHeadAsync(_key, CancellationToken.None))!.ActiveVersion);
        Assert.Equal(409, (await _workflow.ApproveAsync(_key, 1, "approver (a2)", "a2", CancellationToken.None)).Status);
    }

    private TemplateContent Content(string smsBody) => new(
        _key,
        0,
        new TemplateOptions("【包头医保】"),
        new Dictionary<string, LocalizedTemplates> { ["zh-Hans"] = new("zh-Hans", Sms: new SmsTemplate(smsBody)) });
}
