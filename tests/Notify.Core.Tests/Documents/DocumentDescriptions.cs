using System.Globalization;
using Notify.Core.Documents;

namespace Notify.Core.Tests.Documents;

/// <summary>A document as one readable line, so a test can state everything it expects at once.</summary>
internal static class DocumentDescriptions
{
    public static string Describe(PolicyDocument document) => string.Join(
        " | ",
        document.DocNumber ?? "-",
        document.Title ?? "-",
        document.Issuer ?? "-",
        $"signed {Format(document.Signed)}",
        $"published {Format(document.Published)}",
        $"line {document.Line}",
        $"lines {document.FirstLineIndex}-{document.LastLineIndex}",
        document.Public ? "public" : "not public",
        string.Join("；", document.Addressees));

    public static string[] Describe(SegmentedText segmented) => [.. segmented.Documents.Select(Describe)];

    private static string Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}
