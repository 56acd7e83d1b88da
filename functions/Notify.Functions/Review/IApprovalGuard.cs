namespace Notify.Functions.Review;

/// <summary>
/// One check an item must pass before it can be approved (a sender profile for its authority, a reachable audience,
/// a decision on flagged duplicates …). Every registered guard runs on approval; the first blocker refuses it.
/// </summary>
public interface IApprovalGuard
{
    /// <summary>Why <paramref name="item"/> cannot be approved as it stands, saying what to do about it; null when it can.</summary>
    Task<string?> BlockerAsync(PolicyItem item, CancellationToken cancellationToken);
}
