using System.Globalization;
using System.Text;

namespace Notify.Core.Extraction;

/// <summary>A short human-readable account of one extraction: documents, item counts, and the items that need review.</summary>
public static class SeedReport
{
    public static string Describe(string name, ExtractionResult result)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{name}: {result.Documents.Count} documents, {result.Items.Count} items, {result.Items.Count(i => i.NeedsReview)} need review ({result.Encoding})");
        foreach (var document in result.Documents)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  document line {document.Line}: {document.DocNumber ?? "(no 文号)"} signed {document.Signed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?"} {document.Title}");
        }

        foreach (var item in result.Items.Where(i => i.NeedsReview))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  review line {item.Line}: {item.Kind} {item.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(no date)"} — {string.Join("; ", item.Reasons)}");
        }

        foreach (var note in result.Notes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  note: {note}");
        }

        return text.ToString();
    }
}
