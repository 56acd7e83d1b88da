using System.Text.Json;
using Notify.LocalHost.Cli;
using Notify.Functions.Tests.Support;
using Notify.Testing;
using Notify.Testing.Documents;

namespace Notify.Functions.Tests.Cli;

[Collection(AppCollection.Name)]
public sealed class ExtractCommandTests
{
    [Fact]
    public void Run_SampleNotice_PrintsDocumentsAndItemsAsJson()
    {
        var (exitCode, output, error) = Run(new FileInfo(Path.Combine(RepositoryPaths.Samples, "jalaid-medical-insurance-2027.txt")));

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("扎医保发〔2026〕9号", json.RootElement.GetProperty("documents")[0].GetProperty("docNumber").GetString());
        Assert.Contains(json.RootElement.GetProperty("items").EnumerateArray(), item => item.GetProperty("kind").GetString() == "window");
    }

    [Theory]
    [InlineData(".pdf")]
    [InlineData(".docx")]
    [InlineData(".html")]
    public void Run_PdfDocxOrHtmlFile_PrintsItsItemsWithLinesOfTheReadText(string extension)
    {
        var notice = FormatNotice.Variant(7);
        var path = Path.Combine(Path.GetTempPath(), $"notify-extract-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, extension switch
        {
            ".pdf" => TestPdf.WithPages(notice.Lines),
            ".docx" => TestDocx.WithLines(notice.Lines),
            _ => System.Text.Encoding.UTF8.GetBytes(TestHtml.Page("utf-8", new Dictionary<string, string>(), notice.Lines)),
        });
        try
        {
            var (exitCode, output, error) = Run(new FileInfo(path));

            Assert.True(exitCode == 0, error);
            using var json = JsonDocument.Parse(output);
            Assert.Equal(notice.DocNumber, json.RootElement.GetProperty("documents")[0].GetProperty("docNumber").GetString());
            var canteen = json.RootElement.GetProperty("items").EnumerateArray().Single(item => item.GetProperty("date").GetString() == notice.CanteenDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(5, canteen.GetProperty("line").GetInt32());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "PNG")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x00 }, "UTF-8")]
    public void Run_UnreadableFile_ExitsNonZeroSayingWhy(byte[] content, string expected)
    {
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, content);
        try
        {
            var (exitCode, output, error) = Run(new FileInfo(path));

            Assert.Equal(1, exitCode);
            Assert.Empty(output);
            Assert.Contains(expected, error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Run_FileOver10MB_ExitsNonZeroWithoutReadingIt()
    {
        var path = Path.GetTempFileName();
        using (var stream = File.OpenWrite(path))
        {
            stream.SetLength((10 * 1024 * 1024) + 1);
        }

        try
        {
            var (exitCode, _, error) = Run(new FileInfo(path));

            Assert.Equal(2, exitCode);
            Assert.Contains("at most", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Run_MissingFile_ExitsNonZero()
    {
        var (exitCode, _, error) = Run(new FileInfo("/no/such/notice.txt"));

        Assert.Equal(2, exitCode);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output, string Error) Run(FileInfo file)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var (originalOut, originalError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exitCode = ExtractCommand.Run(file);
            return (exitCode, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }
}
