using Notify.Functions.Notices;
using Notify.Core.Units;
using Notify.Functions.Review;

namespace Notify.Functions.Acknowledgements;

/// <summary>What an acknowledgement link shows when opened (GET) and does when confirmed (POST).</summary>
public sealed class AcknowledgementPages(
    AcknowledgementLinks links,
    AcknowledgementSigningKey signingKey,
    AcknowledgementStore store,
    PolicyItemStore items,
    UnitDirectory directory,
    AcknowledgementPageRenderer renderer,
    ILogger<AcknowledgementPages> logger)
{
    public async Task<AcknowledgementPage> ViewAsync(string token, AcknowledgementVisitor visitor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        var (check, rejected) = await CheckAsync(token, cancellationToken);
        if (rejected is not null)
        {
            return rejected;
        }

        if (await FindItemAsync(check, cancellationToken) is not { } item)
        {
            return renderer.ItemMissing();
        }

        var key = await signingKey.GetAsync(cancellationToken);
        await store.RecordViewAsync(check.PolicyId!, ScheduledItem(check), check.UnitId!, AcknowledgementActor.Create(visitor.ClientIp, visitor.UserAgent, key), cancellationToken);
        var acknowledgedAt = await store.AcknowledgedAtAsync(ScheduledItem(check), check.UnitId!, cancellationToken);
        return AcknowledgementPageRenderer.Task(UnitName(check.UnitId!), item, check.ExpiresUtc!.Value, acknowledgedAt);
    }

    public async Task<AcknowledgementPage> AcknowledgeAsync(string token, AcknowledgementVisitor visitor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        var (check, rejected) = await CheckAsync(token, cancellationToken);
        if (rejected is not null)
        {
            return rejected;
        }

        if (await FindItemAsync(check, cancellationToken) is not { } item)
        {
            return renderer.ItemMissing();
        }

        var key = await signingKey.GetAsync(cancellationToken);
        var result = await store.AcknowledgeAsync(
            check.PolicyId!, ScheduledItem(check), check.UnitId!, AcknowledgementActor.Create(visitor.ClientIp, visitor.UserAgent, key), cancellationToken);
        logger.LogInformation("Item {PolicyId}/{ItemId} acknowledged by unit {UnitId}: {Outcome}", check.PolicyId, check.ItemId, check.UnitId, result.Outcome);
        return AcknowledgementPageRenderer.Confirmed(UnitName(check.UnitId!), item, result);
    }

    private async Task<(AcknowledgementLinkCheck Check, AcknowledgementPage? Rejected)> CheckAsync(string token, CancellationToken cancellationToken)
    {
        // Loads the key without blocking, so Verify's synchronous read finds it cached.
        await signingKey.GetAsync(cancellationToken);
        var check = links.Verify(token);
        if (check.Status != AcknowledgementLinkStatus.Valid)
        {
            logger.LogWarning("Acknowledgement link refused: {Status}", check.Status);
        }

        return check.Status switch
        {
            AcknowledgementLinkStatus.Valid => (check, null),
            AcknowledgementLinkStatus.Expired => (check, renderer.Expired()),
            _ => (check, renderer.Invalid()),
        };
    }

    private async Task<PolicyItem?> FindItemAsync(AcknowledgementLinkCheck check, CancellationToken cancellationToken) =>
        await items.FindItemEntityAsync(check.PolicyId!, check.ItemId!, cancellationToken) is { } entity
            ? PolicyItemEntities.ToItem(entity)
            : null;

    private string UnitName(string unitId) => directory.Find(unitId)?.Name ?? unitId;

    /// <summary>Acknowledgements are kept per scheduled item (policy and item), as the fan-out looks them up.</summary>
    private static string ScheduledItem(AcknowledgementLinkCheck check) => NoticeScheduler.ScheduledItemId(check.PolicyId!, check.ItemId!);
}
