using System.Globalization;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Notify.Core.Text.Formats;

/// <summary>
/// The text layer of a PDF, page by page in reading order with its line breaks. A page that is only an
/// image in a document that has text elsewhere is marked in the text, so nothing drops out unseen;
/// a document with no text at all is refused as a scan.
/// </summary>
internal static class PdfText
{
    public static string Read(byte[] bytes)
    {
        try
        {
            using var document = PdfDocument.Open(bytes);
            return ReadPages(document);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new PolicyTextException(PolicyTextProblem.Encrypted,
                "The PDF is password protected (encrypted), so its text cannot be read. Upload a copy saved without a password, or the text/DOCX version.");
        }
        catch (Exception exception) when (exception is not (PolicyTextException or OutOfMemoryException or OperationCanceledException))
        {
            throw new PolicyTextException(PolicyTextProblem.Corrupt,
                "The PDF is damaged and cannot be read (" + exception.GetType().Name + "). Export or download it again and upload the new file, or upload the text/DOCX version.");
        }
    }

    private static string ReadPages(PdfDocument document)
    {
        var text = new StringBuilder();
        var scannedPages = new List<int>();
        var pagesWithText = 0;
        foreach (var page in document.GetPages())
        {
            var pageText = page.Letters.Count == 0 ? "" : ContentOrderTextExtractor.GetText(page).Trim('\n', '\r');
            if (!string.IsNullOrWhiteSpace(pageText))
            {
                pagesWithText++;
                text.Append(pageText).Append('\n');
            }
            else if (HasImages(page))
            {
                scannedPages.Add(page.Number);
                text.Append(CultureInfo.InvariantCulture, $"［第{page.Number}页是图片，没有文字层，未能读取］\n");
            }
        }

        if (pagesWithText == 0)
        {
            throw scannedPages.Count > 0
                ? new PolicyTextException(PolicyTextProblem.NoTextLayer,
                    "The PDF has no text layer; it looks scanned (its pages are images). Run OCR on it, or upload the text/DOCX version.")
                : new PolicyTextException(PolicyTextProblem.Empty, "The PDF has no text on any page.");
        }

        return text.ToString();
    }

    private static bool HasImages(Page page) => page.NumberOfImages > 0 || page.GetImages().Any();
}
