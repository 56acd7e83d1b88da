using Notify.Core.Text;
using Notify.Core.Text.Formats;
using Notify.Testing.Documents;

namespace Notify.Core.Tests.Text.Formats;

/// <summary>Word documents made here: paragraphs as lines, Word's list numbers kept, tables as pipe rows, macros refused.</summary>
public sealed class DocxTextTests
{
    [Fact]
    public void Read_ParagraphsNumberedListAndTable_OneLineEach()
    {
        var docx = TestDocx.WithLines(
        [
            "关于做好秋季防火工作的通知",
            "#落实巡查责任。10月1日前完成林区巡查。",
            "#加强宣传教育。",
            "| 任务 | 牵头单位 | 完成时限 |",
            "| 清理林下可燃物 | 市林草局 | 2026年11月30日 |",
            "以上请认真落实。",
        ]);

        var content = DocumentText.Read(docx, null, "通知.docx");

        Assert.Equal(SourceFormat.Docx, content.Format);
        Assert.Equal(
            [
                "关于做好秋季防火工作的通知",
                "一、落实巡查责任。10月1日前完成林区巡查。",
                "二、加强宣传教育。",
                "任务 | 牵头单位 | 完成时限",
                "清理林下可燃物 | 市林草局 | 2026年11月30日",
                "以上请认真落实。",
            ],
            content.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Read_MacroEnabledDocument_IsRefusedAskingForPlainDocx()
    {
        var refusal = Assert.Throws<PolicyTextException>(() => DocumentText.Read(TestDocx.WithMacros(["2026年6月30日前报送。"]), null, "通知.docm"));

        Assert.Equal(PolicyTextProblem.Macros, refusal.Problem);
        Assert.Contains("macros", refusal.Message, StringComparison.Ordinal);
        Assert.Contains(".docx", refusal.Message, StringComparison.Ordinal);
    }
}
