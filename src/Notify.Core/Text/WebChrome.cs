using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Notify.Core.Text;

/// <summary>
/// What a government web page wraps around a document: 发布日期, 来源, 阅读次数/浏览次数, 字号：大 中 小,
/// 打印本页, 关闭窗口, 分享到, breadcrumbs, 上一篇/下一篇, the 索引号 metadata table. Works on prepared text.
/// Weak fields (来源, 作者, 索引号 …) only count as chrome on a line with nothing else, or next to a strong one.
/// </summary>
internal static partial class WebChrome
{
    private static readonly SearchValues<char> Separators = SearchValues.Create(" \t|｜【】[]（）()·•/-—:：,，、>»›＞");

    [GeneratedRegex(
        @"(?<=^|[\s|｜【\[（(·•/,，])(?:" +
        @"(?<strong>(?:发布日期|发布时间|发表时间|更新日期|更新时间)\s*[：:]\s*(?<year>(?:19|20)\d{2})\s*[-/.年]\s*(?<month>\d{1,2})\s*[-/.月]\s*(?<day>\d{1,2})\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)" +
        @"|(?<strong>(?:阅读次数|浏览次数|点击次数|访问次数|阅读量|浏览量|点击量|点击数|访问量)\s*[：:]?\s*\d*\s*次?)" +
        @"|(?<strong>(?:字号|字体)\s*[：:]\s*[【\[]?\s*(?:[大中小]\s*){1,3}[】\]]?)" +
        @"|(?<strong>【\s*(?:打印|关闭|收藏|纠错|返回顶部|打印本页|关闭窗口|加入收藏|字体|字号|大|中|小)[^】]{0,12}】)" +
        @"|(?<strong>\[\s*(?:打印|关闭|收藏|纠错|打印本页|关闭窗口)[^\]]{0,12}\])" +
        @"|(?<strong>打印本页|打印此页|关闭窗口|关闭本页|返回顶部|加入收藏|我要打印|保存本页|扫一扫在手机上?(?:打开|查看)当前页面?)" +
        @"|(?<strong>分享到\s*[：:]?.*$)" +
        @"|(?<strong>(?:当前位置|您的位置|你的位置|所在位置|您当前的位置)\s*[：:].*$)" +
        @"|(?<strong>(?:上一篇|下一篇)\s*[：:]?.*$)" +
        @"|(?<strong>首页\s*[>›»＞].*$)" +
        @"|(?<strong>今天是\s*[：:].*$)" +
        @"|(?:信息来源|文章来源|来源|作者|责任编辑|编辑|审核|校对|供稿|索引号|主题分类|公开方式|公开范围|公开时限|信息分类|组配分类|体裁分类|服务对象|有效性|发布机构)\s*[：:]\s*[^\s【\[|｜]*" +
        @")",
        RegexOptions.CultureInvariant)]
    private static partial Regex Field();

    /// <summary>A breadcrumb with no 首页: "某某网 > 某市 > 通知公告", every step a short name.</summary>
    [GeneratedRegex(@"^[\u4E00-\u9FFFA-Za-z][\u4E00-\u9FFF\w]{0,19}(?:\s*[>›»＞]\s*[\u4E00-\u9FFFA-Za-z][\u4E00-\u9FFF\w]{0,19})+$", RegexOptions.CultureInvariant)]
    private static partial Regex Breadcrumb();

    /// <summary>A date the way a headline states a window: "5月1日至8月31日为休渔期！".</summary>
    [GeneratedRegex(@"\d{1,2}月\d{1,2}[日号]", RegexOptions.CultureInvariant)]
    private static partial Regex HeadlineDate();

    [GeneratedRegex(@"今天是|发布日期|发布时间|发表时间|更新日期|更新时间|阅读|浏览|点击|访问|字号|字体|打印|关闭|收藏|纠错|返回顶部|扫一扫|分享到|位置|上一篇|下一篇|首页|来源|作者|编辑|审核|校对|供稿|索引号|分类|公开方式|公开范围|公开时限|服务对象|有效性|发布机构", RegexOptions.CultureInvariant)]
    private static partial Regex Keyword();

    // Chrome lines are short; a paragraph of the document never is chrome.
    private const int MaximumChromeLineLength = 200;
    private const int MaximumHeadlineLength = 40;

    /// <summary>Removes chrome from a line.</summary>
    /// <param name="prepared">The prepared line.</param>
    /// <param name="published">The 发布日期 found on the line, if any.</param>
    /// <returns>What is left: the line itself when it has no chrome, empty when it was nothing but chrome.</returns>
    public static string Strip(string prepared, out DateOnly? published)
    {
        published = null;
        if (prepared.Length <= MaximumChromeLineLength && prepared.AsSpan().IndexOfAny(">›»＞") > 0 && Breadcrumb().IsMatch(prepared))
        {
            return string.Empty;
        }

        if (prepared.Length > MaximumChromeLineLength || !Keyword().IsMatch(prepared))
        {
            return prepared;
        }

        var matches = Field().Matches(prepared);
        if (matches.Count == 0)
        {
            return prepared;
        }

        var remainder = new StringBuilder(prepared.Length);
        var strong = false;
        var next = 0;
        foreach (Match match in matches)
        {
            strong |= match.Groups["strong"].Success;
            published ??= ReadDate(match);
            remainder.Append(prepared, next, match.Index - next);
            next = match.Index + match.Length;
        }

        remainder.Append(prepared, next, prepared.Length - next);
        var rest = remainder.ToString().Trim();
        if (rest.AsSpan().IndexOfAnyExcept(Separators) < 0)
        {
            return string.Empty;
        }

        if (!strong)
        {
            published = null;
            return prepared;
        }

        return published is not null && IsDatedHeadline(rest) ? string.Empty : rest;
    }

    /// <summary>
    /// The page's headline beside its 发布时间, restating a date the body states too ("5月1日至8月31日为休渔期！"):
    /// chrome, so the body's sentence is read once. A title ("…的通知") beside the date stays.
    /// </summary>
    private static bool IsDatedHeadline(string rest)
    {
        if (rest.Length > MaximumHeadlineLength || rest.Contains('。', StringComparison.Ordinal) || !HeadlineDate().IsMatch(rest))
        {
            return false;
        }

        var finished = CharacterNormalizer.Finish(rest);
        return !LineShapes.EndsLikeTitle(finished) && !finished.Contains("关于", StringComparison.Ordinal);
    }

    private static DateOnly? ReadDate(Match match) =>
        match.Groups["year"].Success
            ? CalendarDates.Create(
                CalendarDates.ParseAscii(match.Groups["year"].ValueSpan),
                CalendarDates.ParseAscii(match.Groups["month"].ValueSpan),
                CalendarDates.ParseAscii(match.Groups["day"].ValueSpan))
            : null;
}
