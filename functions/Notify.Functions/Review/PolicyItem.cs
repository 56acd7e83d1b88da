using Notify.Core.Extraction;

namespace Notify.Functions.Review;

/// <summary>
/// A stored extracted item with its review trail. <see cref="ETag"/> guards concurrent edits. <see cref="Schedule"/>
/// says what approval scheduled ("unit-deadline-nudge ×5 from …") or why nothing was ("expired: …").
/// <see cref="Decisions"/> are what a person decided (or was suggested) beyond the extraction.
/// </summary>
public sealed record PolicyItem(
    string PolicyId,
    string Id,
    ExtractedItem Item,
    ItemDecisions Decisions,
    string ReviewState,
    string? EditedBy,
    DateTimeOffset? EditedAt,
    string? ReviewedBy,
    DateTimeOffset? ReviewedAt,
    string? ReviewNote,
    string ETag,
    string? Schedule = null);
