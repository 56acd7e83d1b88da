namespace Notify.Functions.Review;

/// <summary>An extracted item's review state: proposed by the parser, then approved or rejected by a person.</summary>
public static class ReviewState
{
    public const string Proposed = "proposed";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
}
