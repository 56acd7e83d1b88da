using System.Text;
using Notify.Core.Csv;

namespace Notify.Core.Tests.Csv;

public sealed class CsvSourceTests
{
    private const string Text = "id,note\nR1,王芳\nR2,城镇居民\n";

    static CsvSourceTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Task<CsvSource> OpenAsync(byte[] bytes) => CsvSource.OpenAsync(() => new MemoryStream(bytes), CancellationToken.None);

    [Theory]
    [InlineData("utf-8", false)]
    [InlineData("utf-8", true)]
    [InlineData("gb18030", false)]
    public async Task OpenAsync_Utf8WithOrWithoutBomOrGb18030_ReadsTheSameText(string encoding, bool bom)
    {
        var bytes = encoding == "gb18030" ? Encoding.GetEncoding("GB18030").GetBytes(Text) : new UTF8Encoding(bom).GetPreamble().Concat(Encoding.UTF8.GetBytes(Text)).ToArray();

        var source = await OpenAsync(bytes);

        Assert.Equal(encoding, source.Encoding);
        using var reader = source.Open();
        Assert.Equal(Text, (await reader.ReadToEndAsync()).TrimStart('\uFEFF'));
    }

    [Fact]
    public async Task Open_CalledTwice_ReadsTheWholeFileEachTime()
    {
        var source = await OpenAsync(Encoding.UTF8.GetBytes(Text));

        using var first = source.Open();
        using var second = source.Open();

        Assert.Equal((Text, Text), (await first.ReadToEndAsync(), await second.ReadToEndAsync()));
    }

    [Fact]
    public async Task OpenAsync_NeitherUtf8NorGb18030_NamesTheLineAndByte()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("id,note\nR1,ok\nR2,Ren"), 0xE9, .. Encoding.ASCII.GetBytes("\n")];

        var exception = await Assert.ThrowsAsync<CsvEncodingException>(() => OpenAsync(bytes));

        Assert.Equal((3, 20L), (exception.Line, exception.ByteOffset));
        Assert.StartsWith("line 3, byte offset 20: The text is neither UTF-8 nor GB18030", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_Utf16_IsRefusedInWords()
    {
        var exception = await Assert.ThrowsAsync<CsvEncodingException>(() => OpenAsync(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Text)).ToArray()));

        Assert.StartsWith("line 1, byte offset 0: The text is encoded as UTF-16 (little-endian)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_InvalidUtf8AfterTheFirstChunk_FallsBackToGb18030()
    {
        var text = "id,note\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"R{i},ok\n")) + "R-last,王芳\n";

        var source = await OpenAsync(Encoding.GetEncoding("GB18030").GetBytes(text));

        using var reader = source.Open();
        Assert.Equal(("gb18030", text), (source.Encoding, await reader.ReadToEndAsync()));
    }
}
