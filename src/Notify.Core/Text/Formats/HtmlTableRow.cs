namespace Notify.Core.Text.Formats;

/// <summary>
/// A table row as text. A row of label/value pairs (索引号 | … | 发布机构 | …, or cells ending in a colon) is a
/// web page's metadata table: each pair becomes its own "label：value" line, the shape the document reader
/// knows. Any other row is its cells joined by " | ".
/// </summary>
internal static class HtmlTableRow
{
    private static readonly HashSet<string> MetadataLabels = new(StringComparer.Ordinal)
    {
        "索引号", "发布机构", "发文机关", "发文单位", "发文字号", "文号", "成文日期", "发布日期", "发布时间", "印发日期", "生效日期",
        "施行日期", "失效日期", "废止日期", "主题分类", "主题词", "标题", "名称", "有效性", "公开方式", "信息来源", "来源", "体裁分类", "组配分类",
    };

    public static IEnumerable<string> Lines(IReadOnlyList<string> cells)
    {
        var nonEmpty = cells.Where(cell => cell.Length > 0).ToList();
        if (nonEmpty.Count == 0)
        {
            return [];
        }

        if (nonEmpty.Count % 2 == 0 && Enumerable.Range(0, nonEmpty.Count / 2).All(pair => IsLabel(nonEmpty[pair * 2])))
        {
            return Enumerable.Range(0, nonEmpty.Count / 2).Select(pair => $"{Label(nonEmpty[pair * 2])}：{nonEmpty[(pair * 2) + 1]}");
        }

        return [string.Join(" | ", cells)];
    }

    private static bool IsLabel(string cell) =>
        cell.Length <= 12 && (cell.EndsWith('：') || cell.EndsWith(':') || MetadataLabels.Contains(Label(cell)));

    private static string Label(string cell) => cell.TrimEnd('：', ':', ' ').Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal);
}
