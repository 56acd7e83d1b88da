using System.Text;
using Notify.Core.Text.Formats;
using Notify.Testing.Documents;

namespace Notify.Core.Tests.Text.Formats;

/// <summary>Web pages made here: chrome stripped, article and metadata kept, GBK pages decoded.</summary>
public sealed class HtmlTextTests
{
    private static readonly Dictionary<string, string> Metadata = new()
    {
        ["索引号"] = "11150200MB0000000X/2026-00123",
        ["发布机构"] = "包头市人民政府办公室",
        ["发文字号"] = "包府办发〔2026〕47号",
        ["成文日期"] = "2026年05月12日",
    };

    private static readonly string[] Article = ["关于推进社区老年食堂建设的通知", "2026年8月31日前，完成社区老年食堂选址备案。"];

    [Fact]
    public void Read_GovernmentPage_KeepsMetadataAndArticleDropsChrome()
    {
        var content = DocumentText.Read(Encoding.UTF8.GetBytes(TestHtml.Page("utf-8", Metadata, Article)));

        Assert.Equal((SourceFormat.Html, "utf-8"), (content.Format, content.Encoding));
        Assert.Equal(
            [
                "索引号：11150200MB0000000X/2026-00123",
                "发布机构：包头市人民政府办公室",
                "发文字号：包府办发〔2026〕47号",
                "成文日期：2026年05月12日",
                .. Article,
            ],
            content.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("gbk")]
    [InlineData("GB2312")]
    public void Read_GbkPage_DecodesByItsMetaCharset(string charset)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(936).GetBytes(TestHtml.Page(charset, Metadata, Article));

        var content = DocumentText.Read(bytes, "text/html; charset=" + charset, null);

        Assert.Equal("gb18030", content.Encoding);
        Assert.Contains("发文字号：包府办发〔2026〕47号", content.Text, StringComparison.Ordinal);
        Assert.Contains(Article[1], content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DataTableInArticle_IsOnePipeRowPerRow()
    {
        var html = "<html><body><table><tr><th>任务</th><th>牵头单位</th><th>完成时限</th></tr><tr><td>摸底登记</td><td>市民政局</td><td>2026年6月底前</td></tr></table></body></html>";

        var content = DocumentText.Read(Encoding.UTF8.GetBytes(html), null, "page.htm");

        Assert.Equal(["任务 | 牵头单位 | 完成时限", "摸底登记 | 市民政局 | 2026年6月底前"], content.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
