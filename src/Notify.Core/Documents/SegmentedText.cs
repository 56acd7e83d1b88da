using Notify.Core.Text;

namespace Notify.Core.Documents;

/// <summary>
/// A normalized text split into its documents. Every line belongs to at most one document; lines in
/// <see cref="Excluded"/> (masthead, table of contents, events log, colophon) belong to none and hold no items.
/// </summary>
public sealed record SegmentedText(NormalizedText Text, IReadOnlyList<PolicyDocument> Documents, IReadOnlyList<LineRange> Excluded)
{
    public bool IsExcluded(int lineIndex) => Excluded.Any(range => range.Contains(lineIndex));

    /// <summary>The document owning a line, or null for excluded lines and lines before the first document.</summary>
    public PolicyDocument? DocumentAt(int lineIndex)
    {
        var low = 0;
        var high = Documents.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var document = Documents[middle];
            if (lineIndex < document.FirstLineIndex)
            {
                high = middle - 1;
            }
            else if (lineIndex > document.LastLineIndex)
            {
                low = middle + 1;
            }
            else
            {
                return document;
            }
        }

        return null;
    }
}
