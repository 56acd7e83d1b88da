using Notify.Core.Extraction;

namespace Notify.Functions.Review;

/// <summary>An item and its decisions after an edit was applied.</summary>
public sealed record ItemChange(ExtractedItem Item, ItemDecisions Decisions);
