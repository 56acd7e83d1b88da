using Notify.Core.Extraction;

namespace Notify.Functions.Review;

/// <summary>A document found in a policy file, with its position among the file's documents.</summary>
public sealed record StoredDocument(int Index, ExtractedDocument Document);
