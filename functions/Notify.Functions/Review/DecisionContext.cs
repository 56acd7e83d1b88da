using Notify.Core.Extraction;
using Notify.Functions.Ingest;

namespace Notify.Functions.Review;

/// <summary>What a suggester may read about one item being stored: its policy, everything the parse found, and the item.</summary>
public sealed record DecisionContext(PolicyRecord Policy, string ItemId, ExtractionResult Extraction, ExtractedItem Item);
