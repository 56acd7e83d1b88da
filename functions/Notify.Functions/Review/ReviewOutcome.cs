namespace Notify.Functions.Review;

/// <summary>How a review action ended: done, or why not (with what to tell the reviewer).</summary>
public sealed record ReviewOutcome(ReviewOutcomeKind Kind, PolicyItem? Item = null, string? Detail = null, IDictionary<string, string[]>? Errors = null)
{
    public static ReviewOutcome Done(PolicyItem item) => new(ReviewOutcomeKind.Done, item);

    public static ReviewOutcome NotFound(string policyId, string itemId) =>
        new(ReviewOutcomeKind.NotFound, Detail: $"Policy {policyId} has no item '{itemId}'.");

    public static ReviewOutcome Stale() =>
        new(ReviewOutcomeKind.Stale, Detail: "The item changed since you read it; read it again and repeat your change.");

    public static ReviewOutcome Invalid(IDictionary<string, string[]> errors) => new(ReviewOutcomeKind.Invalid, Errors: errors);

    public static ReviewOutcome Conflict(string detail) => new(ReviewOutcomeKind.Conflict, Detail: detail);
}
