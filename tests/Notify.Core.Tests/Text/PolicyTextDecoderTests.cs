using System.Text;
using Notify.Core.Tests.Documents;
using Notify.Core.Text;

namespace Notify.Core.Tests.Text;

public class PolicyTextDecoderTests
{
    private const string Notice = "包府发〔2019〕41号\n各旗、县、区人民政府：\n2023年10月底前完成。\n";

    static PolicyTextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Encoding Gb18030 => Encoding.GetEncoding(54936);

    [Fact]
    public void Decode_PlainUtf8_ReturnsTextAsUtf8()
    {
        var decoded = PolicyTextDecoder.Decode(Encoding.UTF8.GetBytes(Notice));

        Assert.Equal(new DecodedText(Notice, "utf-8"), decoded);
    }

    [Fact]
    public void Decode_Utf8WithByteOrderMark_DropsTheMark()
    {
        var decoded = PolicyTextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Notice)]);

        Assert.Equal(new DecodedText(Notice, "utf-8-bom"), decoded);
    }

    [Fact]
    public void Decode_Gb18030Notice_ReturnsTheChineseText()
    {
        var text = PolicyFixtures.Read(PolicyFixtures.BannerNotice);

        var decoded = PolicyTextDecoder.Decode(Gb18030.GetBytes(text));

        Assert.Equal(new DecodedText(text, "gb18030"), decoded);
    }

    [Fact]
    public void Decode_GbkSubset_ReadsAsGb18030()
    {
        var decoded = PolicyTextDecoder.Decode(Gb18030.GetBytes("扎赉特旗医疗保障局：每人每年350元（２０２２年）。"));

        Assert.Equal("扎赉特旗医疗保障局：每人每年350元（２０２２年）。", decoded.Text);
        Assert.Equal("gb18030", decoded.Encoding);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x0D, 0x0A, 0x09 }, "whitespace")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0xE3, 0x80, 0x80, 0x0A }, "whitespace")]
    public void Decode_NothingToRead_IsEmpty(byte[] bytes, string said)
    {
        var error = Assert.Throws<PolicyTextException>(() => PolicyTextDecoder.Decode(bytes));

        Assert.Equal(PolicyTextProblem.Empty, error.Problem);
        Assert.Contains(said, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "PDF")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, ".docx")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00 }, ".doc")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00 }, "PNG")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10 }, "JPEG")]
    public void Decode_KnownBinaryFormat_NamesIt(byte[] bytes, string format)
    {
        var error = Assert.Throws<PolicyTextException>(() => PolicyTextDecoder.Decode(bytes));

        Assert.Equal(PolicyTextProblem.Binary, error.Problem);
        Assert.Contains(format, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, error.ByteOffset);
    }

    [Fact]
    public void Decode_NulByte_IsBinaryAtItsOffset()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("通知正文"), 0x00, 0x01, 0x02, 0xFE, 0x41, 0x42];

        var error = Assert.Throws<PolicyTextException>(() => PolicyTextDecoder.Decode(bytes));

        Assert.Equal(PolicyTextProblem.Binary, error.Problem);
        Assert.Equal(12, error.ByteOffset);
        Assert.Contains("NUL byte at byte offset 12", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16", "UTF-16 (little-endian)")]
    [InlineData("utf-16BE", "UTF-16 (big-endian)")]
    [InlineData("utf-32", "UTF-32 (little-endian)")]
    public void Decode_WideUnicodeWithByteOrderMark_AsksForUtf8(string encoding, string named)
    {
        var wide = Encoding.GetEncoding(encoding);
        byte[] bytes = [.. wide.GetPreamble(), .. wide.GetBytes(Notice)];

        var error = Assert.Throws<PolicyTextException>(() => PolicyTextDecoder.Decode(bytes));

        Assert.Equal(PolicyTextProblem.UnsupportedEncoding, error.Problem);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Contains("Save it as UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Utf16WithoutByteOrderMark_IsRecognisedAsUtf16()
    {
        var error = Assert.Throws<PolicyTextException>(() => PolicyTextDecoder.Decode(Encoding.Unicode.GetBytes("Notice 2023-10-31\n")));

        Assert.Equal(PolicyTextProblem.UnsupportedEncoding, error.Problem);
        Assert.Contains("UTF-16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Latin1Text_IsRefusedAtTheFirstBadByte()
    {
        var bytes = Encoding.Latin1.GetBytes("Avis: la réunion aura lieu à Baotou.");

        var error = Assert.Throws<PolicyTextException>(() => PolicyTextDecoder.Decode(bytes));

        Assert.Equal(PolicyTextProblem.UnsupportedEncoding, error.Problem);
        Assert.Equal(10, error.ByteOffset);
        Assert.Contains("byte 0xE9 at byte offset 10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_InvalidUtf8AfterByteOrderMark_NamesTheOffset()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("通知"), 0xC3, 0x28];

        var error = Assert.Throws<PolicyTextException>(() => PolicyTextDecoder.Decode(bytes));

        Assert.Equal(PolicyTextProblem.UnsupportedEncoding, error.Problem);
        Assert.Equal(9, error.ByteOffset);
    }

    [Fact]
    public void Decode_ManyControlBytes_IsBinary()
    {
        byte[] bytes = [0x41, 0x01, 0x02, 0x03, 0x42, 0x04, 0x05, 0x06, 0x43, 0x0A];

        var error = Assert.Throws<PolicyTextException>(() => PolicyTextDecoder.Decode(bytes));

        Assert.Equal(PolicyTextProblem.Binary, error.Problem);
        Assert.Equal(1, error.ByteOffset);
    }
}
