using System.Text;
using Notify.Core.Extraction;
using Notify.Core.Text;
using Notify.Core.Text.Formats;
using Notify.Testing.Documents;

namespace Notify.Core.Tests.Text.Formats;

/// <summary>Which reader a file goes to, and the refusals that say what to do.</summary>
public sealed class DocumentTextTests
{
    private static readonly FormatNotice Notice = FormatNotice.Variant(0);

    [Fact]
    public void Read_PlainText_StaysTextWithItsEncoding()
    {
        var content = DocumentText.Read(Encoding.UTF8.GetBytes(string.Join('\n', Notice.Lines)), "text/plain", "通知.txt");

        Assert.Equal((SourceFormat.Text, "utf-8"), (content.Format, content.Encoding));
        Assert.Equal(string.Join('\n', Notice.Lines), content.Text);
    }

    [Fact]
    public void Read_OleCompoundFile_IsRefusedAskingForDocxOrPdf()
    {
        byte[] doc = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        var refusal = Assert.Throws<PolicyTextException>(() => DocumentText.Read(doc, null, "通知.doc"));

        Assert.Equal(PolicyTextProblem.UnsupportedFormat, refusal.Problem);
        Assert.Contains("save it as .docx or PDF", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/pdf", null, "a PDF")]
    [InlineData(null, "通知.pdf", "a PDF")]
    [InlineData(null, "方案.DOCX", "a Word .docx document")]
    public void Read_NamedPdfOrDocxButNotOne_IsRefusedAsCorrupt(string? contentType, string? fileName, string claimed)
    {
        var refusal = Assert.Throws<PolicyTextException>(() => DocumentText.Read(Encoding.UTF8.GetBytes("截至2026年6月30日"), contentType, fileName));

        Assert.Equal(PolicyTextProblem.Corrupt, refusal.Problem);
        Assert.Contains(claimed, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedPdf_IsRefusedAsCorrupt()
    {
        var pdf = TestPdf.WithPages(Notice.Lines);

        var refusal = Assert.Throws<PolicyTextException>(() => DocumentText.Read(pdf[..(pdf.Length / 3)]));

        Assert.Equal(PolicyTextProblem.Corrupt, refusal.Problem);
        Assert.Contains("damaged", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZipThatIsNotWord_IsRefusedNamingTheFormats()
    {
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("readme.txt").Open());
            writer.Write("2026年6月30日前");
        }

        var refusal = Assert.Throws<PolicyTextException>(() => DocumentText.Read(zip.ToArray()));

        Assert.Contains(refusal.Problem, new[] { PolicyTextProblem.UnsupportedFormat, PolicyTextProblem.Corrupt });
        Assert.Contains(".docx", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EachFormat_GivesTextTheExtractorFindsTheSameItemsIn()
    {
        var pdf = DocumentText.Read(TestPdf.WithPages(Notice.Lines));
        var docx = DocumentText.Read(TestDocx.WithLines(Notice.Lines));
        var html = DocumentText.Read(Encoding.UTF8.GetBytes(TestHtml.Page("utf-8", new Dictionary<string, string>(), Notice.Lines)));
        var extractor = new PolicyExtractor();

        foreach (var content in new[] { pdf, docx, html })
        {
            var result = extractor.ExtractText(content.Text);
            var dates = result.Items.Select(item => item.Date).ToList();
            Assert.Contains(Notice.CanteenDate, dates);
            Assert.Contains(Notice.SubsidyDate, dates);
            Assert.Equal(Notice.DocNumber, Assert.Single(result.Documents).DocNumber);
        }
    }
}
