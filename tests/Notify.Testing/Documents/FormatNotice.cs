using System.Globalization;

namespace Notify.Testing.Documents;

/// <summary>
/// An invented work notice, line by line, for the format tests: a 文号, a title, a signing date and two dated
/// tasks. Each variant has its own number and dates, so notices uploaded side by side are not the same event.
/// </summary>
public sealed class FormatNotice
{
    private FormatNotice(int variant)
    {
        var day = 20 + variant;
        CanteenDate = new DateOnly(2026, 8, day);
        DocNumber = string.Create(CultureInfo.InvariantCulture, $"包府办发〔2026〕{47 + variant}号");
        CanteenTask = string.Create(CultureInfo.InvariantCulture, $"（一）2026年8月{day}日前，各旗县区完成社区老年食堂选址备案。（市民政局牵头，市市场监管局配合）");
        SubsidyTask = string.Create(CultureInfo.InvariantCulture, $"（二）2026年10月{day - 10}日前，下达首批老年食堂建设补助资金。（市财政局负责）");
        SubsidyDate = new DateOnly(2026, 10, day - 10);
        Lines =
        [
            DocNumber,
            "包头市人民政府办公室关于推进社区老年食堂建设的通知",
            "各旗、县、区人民政府，市直有关部门：",
            "为方便老年人就近用餐，现就社区老年食堂建设有关事项通知如下。",
            CanteenTask,
            SubsidyTask,
            "包头市人民政府办公室",
            "2026年5月12日",
        ];
    }

    public string DocNumber { get; }

    public string CanteenTask { get; }

    public DateOnly CanteenDate { get; }

    public string SubsidyTask { get; }

    public DateOnly SubsidyDate { get; }

    public IReadOnlyList<string> Lines { get; }

    /// <summary>Variant 0 to 9.</summary>
    public static FormatNotice Variant(int variant) =>
        variant is >= 0 and <= 9 ? new FormatNotice(variant) : throw new ArgumentOutOfRangeException(nameof(variant));
}
