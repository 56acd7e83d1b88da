using System.Text;
using Notify.Functions.Ingest;

namespace Notify.Functions.Tests.Ingest;

public sealed class PolicyTextCheckTests
{
    [Theory]
    [InlineData("包头市人民政府办公室关于印发通知")]
    [InlineData("\uFEFF有BOM的文本")]
    [InlineData("plain ASCII notice")]
    public void Check_Utf8Text_Passes(string text)
    {
        Assert.Null(PolicyTextCheck.Check(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Check_BomOnly_IsEmpty()
    {
        var problem = PolicyTextCheck.Check([0xEF, 0xBB, 0xBF, 0x20]);

        Assert.Equal(("Empty document", 400), (problem?.Title, problem?.Status));
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "PDF")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 }, ".docx")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, ".doc")]
    public void Check_KnownBinaryFormats_AreNamed(byte[] content, string expected)
    {
        var problem = PolicyTextCheck.Check(content);

        Assert.Equal(400, problem?.Status);
        Assert.Contains(expected, problem!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_InvalidUtf8_Is415WithOffset()
    {
        var problem = PolicyTextCheck.Check([0x41, 0x42, 0xC3, 0x28]);

        Assert.Equal(415, problem?.Status);
        Assert.Contains("offset 2", problem!.Detail, StringComparison.Ordinal);
    }
}
