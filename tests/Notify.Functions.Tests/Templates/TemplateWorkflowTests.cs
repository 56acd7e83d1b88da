using Notify.Core.Channels;
using Notify.Core.Templates;
using Notify.Functions.Audit;
using Notify.Functions.Storage;
using Notify.Functions.Templates;
using Notify.Functions.Tests.Support;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Notify.Testing;

namespace Notify.Functions.Tests.Templates;

public sealed class TemplateWorkflowTests : IAsyncLifetime, IDisposable
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero));
    private readonly string _key = "test-kind-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _legacyKey = "test-legacy-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _templates = Path.Combine(Path.GetTempPath(), "notify-templates-" + Guid.NewGuid().ToString("N"));
    private readonly CapturingLoggerProvider _logs = new();
    private ILoggerFactory _loggers = null!;
    private TemplateCatalog _catalog = null!;
    private TemplateStore _store = null!;
    private TemplateWorkflow _workflow = null!;

    public async Task InitializeAsync()
    {
        await TestAccount.Clients.GetTableClient(Tables.TemplateVersions).CreateIfNotExistsAsync();
        _catalog = new TemplateCatalog(CopyKindAs(TemplateKinds.ResidentWindowOpening, _legacyKey));
        _store = new TemplateStore(TestAccount.Clients, _clock, _catalog);
        _loggers = LoggerFactory.Create(logging => logging.AddProvider(_logs));
        _workflow = new TemplateWorkflow(_store, _catalog, SmsLimits.Default, new AuditTrail(_loggers));
    }

    public void Dispose()
    {
        _loggers.Dispose();
        _logs.Dispose();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_templates, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task FindVersionAsync_SavedInHandlebars_IsConvertedToScribanThatRendersTheSame()
    {
        await AddLegacyVersionAsync("{{residentName}}{{#if amount}}应缴{{yuan amount}}{{else}}免缴{{/if}}");

        var version = await _store.FindVersionAsync(_legacyKey, 1, CancellationToken.None);

        var content = version!.Content;
        Assert.Equal("{{ residentName }}{{ if amount != 0 }}应缴{{ amount | yuan }}{{ else }}免缴{{ end }}", content.ForLocale("zh-Hans").Sms!.Body);
        var renderer = new TemplateRenderer();
        Assert.Equal(new SmsContent("王丽免缴"), renderer.Render(content, "zh-Hans", ChannelKind.Sms, new Dictionary<string, object?> { ["residentName"] = "王丽", ["amount"] = 0m }));
        Assert.Equal(new SmsContent("王丽应缴280元"), renderer.Render(content, "zh-Hans", ChannelKind.Sms, new Dictionary<string, object?> { ["residentName"] = "王丽", ["amount"] = 280m }));
    }

    [Fact]
    public async Task ApproveAsync_HandlebarsVersionThatCannotBeConverted_IsRefusedSayingWhatToWrite()
    {
        await AddLegacyVersionAsync("{{#each residentName}}{{this}}{{/each}}");

        var outcome = await _workflow.ApproveAsync(_legacyKey, 1, "approver (a1)", "a1", CancellationToken.None);

        Assert.Equal(409, outcome.Status);
        var stored = (await _store.FindVersionAsync(_legacyKey, 1, CancellationToken.None))!.Content;
        var issue = Assert.Single(TemplateValidator.Validate(stored, _catalog.SchemaOf(_legacyKey)!), issue => issue.Code == TemplateIssueCodes.HandlebarsSyntax);
        Assert.Contains("{{#each residentName}}", issue.Message, StringComparison.Ordinal);
        Assert.Contains("{{ if name != \"\" }} … {{ else }} … {{ end }}", issue.Message, StringComparison.Ordinal);
        Assert.Throws<TemplateRenderException>(() => new TemplateRenderer().Render(stored, "zh-Hans", ChannelKind.Sms, new Dictionary<string, object?> { ["residentName"] = "王丽" }));
    }

    [Fact]
    public async Task AddVersionAsync_Twice_NumbersVersionsAndKeepsBothImmutable()
    {
        var first = await _store.AddVersionAsync(_key, Content("您好{{ residentName }}"), TemplateVersionState.Draft, "admin", "editor (e1)", "e1", activate: false, CancellationToken.None);
        var second = await _store.AddVersionAsync(_key, Content("{{ residentName }}您好"), TemplateVersionState.Draft, "admin", "editor (e1)", "e1", activate: false, CancellationToken.None);

        Assert.Equal((1, 2), (first.Version, second.Version));
        var head = await _store.FindHeadAsync(_key, CancellationToken.None);
        Assert.Equal((2, (int?)null), (head!.LatestVersion, head.ActiveVersion));
        Assert.Equal("您好{{ residentName }}", (await _store.FindVersionAsync(_key, 1, CancellationToken.None))!.Content.ForLocale("zh-Hans").Sms!.Body);
    }

    [Fact]
    public async Task AddVersionAsync_Concurrently_NeverLosesOrDoublesAVersion()
    {
        var saves = Enumerable.Range(0, 8).Select(i =>
            _store.AddVersionAsync(_key, Content($"第{i}版{{{{ residentName }}}}"), TemplateVersionState.Draft, "admin", "e", "e1", false, CancellationToken.None));

        var versions = await Task.WhenAll(saves);

        Assert.Equal(Enumerable.Range(1, 8), versions.Select(v => v.Version).Order());
        Assert.Equal(8, (await _store.FindHeadAsync(_key, CancellationToken.None))!.LatestVersion);
    }

    [Fact]
    public async Task ApproveAsync_ByItsEditor_IsRefused()
    {
        await _store.AddVersionAsync(_key, Content("{{ residentName }}"), TemplateVersionState.Draft, "admin", "editor (e1)", "e1", false, CancellationToken.None);

        var outcome = await _workflow.ApproveAsync(_key, 1, "editor (e1)", "e1", CancellationToken.None);

        Assert.Equal(409, outcome.Status);
        Assert.Contains("another approver", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActivateAsync_Draft_IsRefusedUntilApprovedThenRollbackWorks()
    {
        await _store.AddVersionAsync(_key, Content("一{{ residentName }}"), TemplateVersionState.Draft, "admin", "editor (e1)", "e1", false, CancellationToken.None);
        await _store.AddVersionAsync(_key, Content("二{{ residentName }}"), TemplateVersionState.Draft, "admin", "editor (e1)", "e1", false, CancellationToken.None);

        Assert.Equal(409, (await _workflow.ActivateAsync(_key, 2, "approver (a1)", CancellationToken.None)).Status);

        Assert.Equal(200, (await _workflow.ApproveAsync(_key, 1, "approver (a1)", "a1", CancellationToken.None)).Status);
        Assert.Equal(200, (await _workflow.ApproveAsync(_key, 2, "approver (a1)", "a1", CancellationToken.None)).Status);
        Assert.Equal(200, (await _workflow.ActivateAsync(_key, 2, "approver (a1)", CancellationToken.None)).Status);
        Assert.Equal(2, (await _store.FindHeadAsync(_key, CancellationToken.None))!.ActiveVersion);

        Assert.Equal(200, (await _workflow.ActivateAsync(_key, 1, "approver (a1)", CancellationToken.None)).Status);
        Assert.Equal(1, (await _store.FindHeadAsync(_key, CancellationToken.None))!.ActiveVersion);
        Assert.Equal(409, (await _workflow.ApproveAsync(_key, 1, "approver (a2)", "a2", CancellationToken.None)).Status);
    }

    [Fact]
    public async Task ApproveAndActivate_Done_AuditOneLineEachNamingTheApproverAndVersion()
    {
        await _store.AddVersionAsync(_key, Content("【包头医保】{{ residentName }}"), TemplateVersionState.Draft, "admin", "editor (e1)", "e1", false, CancellationToken.None);

        await _workflow.ApproveAsync(_key, 1, "approver (a1)", "e1", CancellationToken.None);
        await _workflow.ApproveAsync(_key, 1, "approver (a1)", "a1", CancellationToken.None);
        await _workflow.ActivateAsync(_key, 1, "approver (a1)", CancellationToken.None);

        Assert.Equal(
            [
                $"Information Notify.Audit: audit: approver (a1) approved template version {_key} v1",
                $"Information Notify.Audit: audit: approver (a1) activated template version {_key} v1",
            ],
            _logs.Lines.Where(line => line.Contains("audit:", StringComparison.Ordinal)));
    }

    // A version as it was stored before templates moved to Scriban: the same row without "Syntax".
    private async Task AddLegacyVersionAsync(string smsBody)
    {
        await _store.AddVersionAsync(_legacyKey, Content(smsBody), TemplateVersionState.Draft, "admin", "editor (e1)", "e1", activate: false, CancellationToken.None);
        var table = TestAccount.Clients.GetTableClient(Tables.TemplateVersions);
        var row = (await table.GetEntityAsync<TableEntity>(_legacyKey, "v000001")).Value;
        Assert.True(row.Remove("Syntax"));
        await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);
    }

    // The catalog only knows shipped kinds; a copy under this test's key gives it a schema without touching theirs.
    private string CopyKindAs(string kind, string key)
    {
        var source = Path.Combine(RepositoryPaths.Root, "templates", kind);
        var target = Directory.CreateDirectory(Path.Combine(_templates, key)).FullName;
        foreach (var file in Directory.EnumerateFiles(source))
        {
            var text = File.ReadAllText(file);
            File.WriteAllText(Path.Combine(target, Path.GetFileName(file)), Path.GetFileName(file) == "schema.json" ? text.Replace($"\"{kind}\"", $"\"{key}\"", StringComparison.Ordinal) : text);
        }

        return _templates;
    }

    private TemplateContent Content(string smsBody) => new(
        _key,
        0,
        new TemplateOptions(),
        new Dictionary<string, LocalizedTemplates> { ["zh-Hans"] = new("zh-Hans", Sms: new SmsTemplate(smsBody)) });
}
