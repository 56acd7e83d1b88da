using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Notify.Core.Templates;
using Notify.Functions.Storage;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;

namespace Notify.Functions.Templates;

/// <summary>
/// Template versions in the TemplateVersions table: one partition per notice kind, a row per
/// version ("v000001"…) and a "head" row with the latest and active version. A new version and
/// its head move together in one entity-group transaction, so versions are never lost or doubled.
/// Versions saved before templates moved to Scriban carry no "Syntax" and are converted from the
/// Handlebars subset as they are read; one that cannot be converted is returned as it was, and
/// validation refuses it with the Scriban to write.
/// </summary>
public sealed class TemplateStore(StorageClients storage, TimeProvider clock, TemplateCatalog catalog)
{
    public const string ScribanSyntax = "scriban";
    private const string HeadRow = "head";
    private const int MaxContentChars = 30_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly TableClient _table = storage.GetTableClient(Tables.TemplateVersions);

    public static string Serialize(TemplateContent content) => JsonSerializer.Serialize(content, Json);

    public static string Hash(TemplateContent content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Serialize(content with { Version = 0 }))));

    public async Task<TemplateHead?> FindHeadAsync(string key, CancellationToken cancellationToken)
    {
        var entity = await _table.GetEntityOrDefaultAsync(key, HeadRow, cancellationToken: cancellationToken);
        return entity is null ? null : ToHead(entity);
    }

    public async Task<IReadOnlyList<TemplateHead>> ListHeadsAsync(CancellationToken cancellationToken)
    {
        var heads = new List<TemplateHead>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {HeadRow}"), cancellationToken: cancellationToken))
        {
            heads.Add(ToHead(entity));
        }

        return heads;
    }

    public async Task<IReadOnlyList<TemplateVersion>> ListVersionsAsync(string key, CancellationToken cancellationToken)
    {
        var versions = new List<TemplateVersion>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {key} and RowKey ne {HeadRow}"), cancellationToken: cancellationToken))
        {
            versions.Add(ToVersion(entity));
        }

        return versions;
    }

    public async Task<TemplateVersion?> FindVersionAsync(string key, int version, CancellationToken cancellationToken)
    {
        var entity = await _table.GetEntityOrDefaultAsync(key, VersionRow(version), cancellationToken: cancellationToken);
        return entity is null ? null : ToVersion(entity);
    }

    /// <summary>Adds the next version of <paramref name="key"/>; when <paramref name="activate"/> it also becomes active (seeding only).</summary>
    public async Task<TemplateVersion> AddVersionAsync(
        string key, TemplateContent content, string state, string source, string actor, string actorKeyId, bool activate, CancellationToken cancellationToken)
    {
        while (true)
        {
            var head = await _table.GetEntityOrDefaultAsync(key, HeadRow, cancellationToken: cancellationToken);
            var next = (head?.GetInt32("LatestVersion") ?? 0) + 1;
            var versioned = content with { Key = key, Version = next };
            var json = Serialize(versioned);
            if (json.Length > MaxContentChars)
            {
                throw new ArgumentException($"Template {key} is {json.Length:N0} characters; a version may hold at most {MaxContentChars:N0}.", nameof(content));
            }

            var now = clock.GetUtcNow();
            var row = new TableEntity(key, VersionRow(next))
            {
                ["Version"] = next,
                ["Syntax"] = ScribanSyntax,
                ["State"] = state,
                ["Source"] = source,
                ["Content"] = json,
                ["ContentSha256"] = Hash(versioned),
                ["EditedBy"] = actor,
                ["EditedByKeyId"] = actorKeyId,
                ["EditedAt"] = now,
                ["ApprovedBy"] = state == TemplateVersionState.Approved ? actor : null,
                ["ApprovedAt"] = state == TemplateVersionState.Approved ? now : null,
            };
            var newHead = new TableEntity(key, HeadRow)
            {
                ["LatestVersion"] = next,
                ["ActiveVersion"] = activate ? next : head?.GetInt32("ActiveVersion"),
            };
            var headAction = head is null
                ? new TableTransactionAction(TableTransactionActionType.Add, newHead)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, newHead, head.ETag);
            try
            {
                await _table.SubmitTransactionAsync([new TableTransactionAction(TableTransactionActionType.Add, row), headAction], cancellationToken);
                return ToVersion(row);
            }
            catch (RequestFailedException exception) when (exception.ErrorCode is nameof(TableErrorCode.UpdateConditionNotSatisfied) or nameof(TableErrorCode.EntityAlreadyExists))
            {
                // Someone saved a version at the same moment: take the next number.
            }
        }
    }

    /// <summary>Marks a draft approved. False when the version changed under us (retry by reading again).</summary>
    public async Task<bool> ApproveAsync(string key, int version, string approver, CancellationToken cancellationToken)
    {
        var entity = await _table.GetEntityOrDefaultAsync(key, VersionRow(version), cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException($"Template {key} has no version {version}.");
        entity["State"] = TemplateVersionState.Approved;
        entity["ApprovedBy"] = approver;
        entity["ApprovedAt"] = clock.GetUtcNow();
        return await TryUpdateAsync(entity, cancellationToken);
    }

    /// <summary>Makes <paramref name="version"/> the active one, if the head still has <paramref name="headETag"/>.</summary>
    public async Task<bool> ActivateAsync(string key, int version, string headETag, CancellationToken cancellationToken)
    {
        var head = await _table.GetEntityOrDefaultAsync(key, HeadRow, cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException($"Template {key} does not exist.");
        if (head.ETag.ToString() != headETag)
        {
            return false;
        }

        head["ActiveVersion"] = version;
        return await TryUpdateAsync(head, cancellationToken);
    }

    private async Task<bool> TryUpdateAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await _table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == nameof(TableErrorCode.UpdateConditionNotSatisfied))
        {
            return false;
        }
    }

    private TemplateContent ReadContent(TableEntity entity)
    {
        var content = JsonSerializer.Deserialize<TemplateContent>(entity.GetString("Content") ?? "{}", Json)!;
        return entity.GetString("Syntax") == ScribanSyntax
            ? content
            : HandlebarsTemplateConverter.Convert(content, catalog.SchemaOf(entity.PartitionKey)).Content;
    }

    private static string VersionRow(int version) => "v" + version.ToString("D6", CultureInfo.InvariantCulture);

    private static TemplateHead ToHead(TableEntity entity) =>
        new(entity.PartitionKey, entity.GetInt32("LatestVersion") ?? 0, entity.GetInt32("ActiveVersion"), entity.ETag.ToString());

    private TemplateVersion ToVersion(TableEntity entity) => new(
        entity.PartitionKey,
        entity.GetInt32("Version") ?? 0,
        entity.GetString("State") ?? TemplateVersionState.Draft,
        entity.GetString("Source") ?? "",
        ReadContent(entity),
        entity.GetString("ContentSha256") ?? "",
        entity.GetString("EditedBy") ?? "",
        entity.GetString("EditedByKeyId") ?? "",
        entity.GetDateTimeOffset("EditedAt") ?? default,
        entity.GetString("ApprovedBy"),
        entity.GetDateTimeOffset("ApprovedAt"));
}
