using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using Notify.Functions.Storage;

namespace Notify.Functions.Senders;

/// <summary>
/// Sender profile versions in the SenderProfiles table: one partition per authority (a unit directory id), a row per
/// version ("v000001"…) and a "head" row with the latest version and the approved one in use. A new version and its
/// head move together in one entity-group transaction, so versions are never lost or doubled.
/// </summary>
public sealed class SenderProfileStore(StorageClients storage, TimeProvider clock)
{
    private const string HeadRow = "head";

    private readonly TableClient _table = storage.GetTableClient(Tables.SenderProfiles);

    public async Task<SenderProfileHead?> FindHeadAsync(string authorityId, CancellationToken cancellationToken) =>
        await _table.GetEntityOrDefaultAsync(authorityId, HeadRow, cancellationToken: cancellationToken) is { } entity ? ToHead(entity) : null;

    public async Task<IReadOnlyList<SenderProfileHead>> ListHeadsAsync(CancellationToken cancellationToken)
    {
        var heads = new List<SenderProfileHead>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {HeadRow}"), cancellationToken: cancellationToken))
        {
            heads.Add(ToHead(entity));
        }

        return heads;
    }

    public async Task<IReadOnlyList<SenderProfile>> ListVersionsAsync(string authorityId, CancellationToken cancellationToken)
    {
        var versions = new List<SenderProfile>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {authorityId} and RowKey ne {HeadRow}");
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            versions.Add(ToProfile(entity));
        }

        return versions;
    }

    public async Task<SenderProfile?> FindVersionAsync(string authorityId, int version, CancellationToken cancellationToken) =>
        await _table.GetEntityOrDefaultAsync(authorityId, VersionRow(version), cancellationToken: cancellationToken) is { } entity ? ToProfile(entity) : null;

    /// <summary>The approved version in use for <paramref name="authorityId"/>, or null when it has none.</summary>
    public async Task<SenderProfile?> FindActiveAsync(string authorityId, CancellationToken cancellationToken) =>
        await FindHeadAsync(authorityId, cancellationToken) is { ActiveVersion: { } active } ? await FindVersionAsync(authorityId, active, cancellationToken) : null;

    /// <summary>Adds the next version; an <paramref name="state"/> of approved also makes it the one in use (the demo's own profiles).</summary>
    public async Task<SenderProfile> AddVersionAsync(
        string authorityId, SenderDetails details, string state, string actor, string actorKeyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(details);
        while (true)
        {
            var head = await _table.GetEntityOrDefaultAsync(authorityId, HeadRow, cancellationToken: cancellationToken);
            var next = (head?.GetInt32("LatestVersion") ?? 0) + 1;
            var approved = state == SenderProfileState.Approved;
            var now = clock.GetUtcNow();
            var row = new TableEntity(authorityId, VersionRow(next))
            {
                ["Version"] = next,
                ["State"] = state,
                ["EditedBy"] = actor,
                ["EditedByKeyId"] = actorKeyId,
                ["EditedAt"] = now,
                ["ApprovedBy"] = approved ? actor : null,
                ["ApprovedAt"] = approved ? now : null,
            };
            WriteDetails(row, details);
            var newHead = new TableEntity(authorityId, HeadRow)
            {
                ["LatestVersion"] = next,
                ["ActiveVersion"] = approved ? next : head?.GetInt32("ActiveVersion"),
            };
            var headAction = head is null
                ? new TableTransactionAction(TableTransactionActionType.Add, newHead)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, newHead, head.ETag);
            try
            {
                await _table.SubmitTransactionAsync([new TableTransactionAction(TableTransactionActionType.Add, row), headAction], cancellationToken);
                return ToProfile(row);
            }
            catch (RequestFailedException exception) when (exception.ErrorCode is nameof(TableErrorCode.UpdateConditionNotSatisfied) or nameof(TableErrorCode.EntityAlreadyExists))
            {
                // Someone saved a version at the same moment: take the next number.
            }
        }
    }

    /// <summary>
    /// Marks a draft approved and makes it the version in use, both in one transaction, if the head still has
    /// <paramref name="headETag"/>. False when something changed under us (read again and retry).
    /// </summary>
    public async Task<bool> ApproveAsync(string authorityId, int version, string approver, string headETag, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityOrDefaultAsync(authorityId, VersionRow(version), cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException($"The sender profile of {authorityId} has no version {version}.");
        var head = await _table.GetEntityOrDefaultAsync(authorityId, HeadRow, cancellationToken: cancellationToken);
        if (head is null || head.ETag.ToString() != headETag)
        {
            return false;
        }

        row["State"] = SenderProfileState.Approved;
        row["ApprovedBy"] = approver;
        row["ApprovedAt"] = clock.GetUtcNow();
        head["ActiveVersion"] = version;
        try
        {
            await _table.SubmitTransactionAsync(
                [new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, row.ETag), new TableTransactionAction(TableTransactionActionType.UpdateReplace, head, head.ETag)],
                cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == nameof(TableErrorCode.UpdateConditionNotSatisfied))
        {
            return false;
        }
    }

    private static void WriteDetails(TableEntity entity, SenderDetails details)
    {
        entity["DisplayName"] = details.DisplayName;
        entity["SmsSignature"] = details.SmsSignature;
        entity["EmailSenderName"] = details.EmailSenderName;
        entity["EmailAddress"] = details.EmailAddress;
        entity["WeChatAppId"] = details.WeChatAppId;
        entity["WeComAgentId"] = details.WeComAgentId;
        entity["Hotline"] = details.Hotline;
        entity["Website"] = details.Website;
    }

    private static SenderDetails ReadDetails(TableEntity entity) => new(
        entity.GetString("DisplayName"),
        entity.GetString("SmsSignature"),
        entity.GetString("EmailSenderName"),
        entity.GetString("EmailAddress"),
        entity.GetString("WeChatAppId"),
        entity.GetInt32("WeComAgentId"),
        entity.GetString("Hotline"),
        entity.GetString("Website"));

    private static string VersionRow(int version) => "v" + version.ToString("D6", CultureInfo.InvariantCulture);

    private static SenderProfileHead ToHead(TableEntity entity) =>
        new(entity.PartitionKey, entity.GetInt32("LatestVersion") ?? 0, entity.GetInt32("ActiveVersion"), entity.ETag.ToString());

    private static SenderProfile ToProfile(TableEntity entity) => new(
        entity.PartitionKey,
        entity.GetInt32("Version") ?? 0,
        entity.GetString("State") ?? SenderProfileState.Draft,
        ReadDetails(entity),
        entity.GetString("EditedBy") ?? "",
        entity.GetString("EditedByKeyId") ?? "",
        entity.GetDateTimeOffset("EditedAt") ?? default,
        entity.GetString("ApprovedBy"),
        entity.GetDateTimeOffset("ApprovedAt"));
}
