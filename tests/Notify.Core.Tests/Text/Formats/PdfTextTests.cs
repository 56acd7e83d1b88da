using Notify.Core.Text;
using Notify.Core.Text.Formats;
using Notify.Testing.Documents;

namespace Notify.Core.Tests.Text.Formats;

/// <summary>PDFs made here: a text layer read in page and line order; scans and encrypted files refused.</summary>
public sealed class PdfTextTests
{
    [Fact]
    public void Read_TwoPages_KeepsPageOrderAndOneLinePerDrawnLine()
    {
        var pdf = TestPdf.WithPages(["第一页第一行：2026年3月1日", "第一页第二行"], ["第二页唯一一行"]);

        var content = DocumentText.Read(pdf, "application/pdf", "a.pdf");

        Assert.Equal(SourceFormat.Pdf, content.Format);
        Assert.Equal(["第一页第一行：2026年3月1日", "第一页第二行", "第二页唯一一行"], Lines(content.Text));
    }

    [Fact]
    public void Read_ImageOnlyPages_IsRefusedAsScanned()
    {
        var refusal = Assert.Throws<PolicyTextException>(() => DocumentText.Read(TestPdf.Scanned(2)));

        Assert.Equal(PolicyTextProblem.NoTextLayer, refusal.Problem);
        Assert.Contains("has no text layer; it looks scanned", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("OCR", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ScannedPageAmongTextPages_IsMarkedInTheTextNotDropped()
    {
        var content = DocumentText.Read(TestPdf.TextThenScannedPage(["有文字的一页"]));

        Assert.Equal(["有文字的一页", "［第2页是图片，没有文字层，未能读取］"], Lines(content.Text));
    }

    [Fact]
    public void Read_PasswordProtected_IsRefusedAsEncrypted()
    {
        var refusal = Assert.Throws<PolicyTextException>(() => DocumentText.Read(TestPdf.Encrypted()));

        Assert.Equal(PolicyTextProblem.Encrypted, refusal.Problem);
        Assert.Contains("password", refusal.Message, StringComparison.Ordinal);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
