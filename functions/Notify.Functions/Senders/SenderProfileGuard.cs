using Notify.Core.Units;
using Notify.Functions.Review;

namespace Notify.Functions.Senders;

/// <summary>
/// An item is approved only when the authority its notices speak for has an approved sender profile, so that no
/// message goes out in another authority's name; the refusal names the profile to create.
/// </summary>
public sealed class SenderProfileGuard(SenderProfileStore store) : IApprovalGuard
{
    public async Task<string?> BlockerAsync(PolicyItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Decisions.AuthorityId is not { } authorityId)
        {
            return "The item has no issuing authority for its notices to speak for: set it with PATCH "
                + $"/api/policies/{item.PolicyId}/items/{item.Id} {{\"authority\": \"<unit directory id>\"}}, with an approved sender profile.";
        }

        if (await store.FindActiveAsync(authorityId, cancellationToken) is not null)
        {
            return null;
        }

        var name = UnitDirectory.LoadDefault().Find(authorityId)?.Name ?? authorityId;
        return $"No approved sender profile for {name} (authority {authorityId}): create it with PUT /api/senders/{authorityId} and approve it.";
    }
}
