using System.Buffers;
using System.Text.RegularExpressions;

namespace Notify.Core.Text;

/// <summary>
/// What a normalized line looks like: a 文号, a date-only signature line, a heading, a title, a label
/// ("牵头单位：…"), an organization name. Shared by the normalizer (where to re-join lines) and the
/// document segmenter (where documents start and what their parts are).
/// </summary>
internal static partial class LineShapes
{
    private const string TitleEndings =
        "(?:通知|通告|公告|意见|方案|办法|规定|决定|细则|计划|规划|措施|要点|批复|报告|函|纪要|条例|制度|清单|标准|名单|预案|指南|决议|命令|通报|章程|规则|导则|大事记|答复|公报)(?:（[^（）]{1,24}）)?$";

    private const string OrganizationEndings =
        "(?:人民政府|政府|办公室|办公厅|委员会|管委会|局|厅|委|办|部|署|院|中心|小组|大队|支队|联合会|协会|公司|分局|支行|银行)$";

    private static readonly SearchValues<char> SentencePunctuation = SearchValues.Create("，。；！？：");
    private static readonly SearchValues<char> TitleLastCharacters = SearchValues.Create("知告见案法定则划施点复函要例度单准南议令报程记）");

    private static readonly string[] TerminalParentheticalWords = ["负责", "牵头", "配合", "参与", "责任单位", "责任部门", "此件", "公开发布", "主动公开"];

    /// <summary>A whole line that is a document number: 包府发〔2019〕41号, 扎政办发[2023]16号, 内政办发（2017）5号.</summary>
    [GeneratedRegex(@"^(?:(?:发文字号|文号)：)?(?<org>[\u4E00-\u9FFFA-Za-z]{1,16}?)[〔\[［（【](?<year>(?:19|20)\d{2})[〕\]］）】](?<ordinal>第)?(?<number>\d{1,5})号(?:签发人：[\u4E00-\u9FFF]{1,12})?$", RegexOptions.CultureInvariant)]
    public static partial Regex DocNumberLine();

    /// <summary>A signature line: a date alone, possibly after the issuer's name. The prefix is checked by the caller.</summary>
    [GeneratedRegex(@"^(?<prefix>[\u4E00-\u9FFF（）]{0,40}?)（?(?<year>(?:19|20)\d{2})(?:年(?<month>\d{1,2})月(?<day>\d{1,2})日|[-./](?<month>\d{1,2})[-./](?<day>\d{1,2}))）?$", RegexOptions.CultureInvariant)]
    private static partial Regex ArabicDateLine();

    [GeneratedRegex(@"^(?<prefix>[\u4E00-\u9FFF（）]{0,40}?)(?<year>[〇零○O一二三四五六七八九]{4})年(?<month>[一二三四五六七八九十]{1,2})月(?<day>[一二三四五六七八九十]{1,3})日$", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseDateLine();

    /// <summary>"2019年9月" alone: the month heading of an events log.</summary>
    [GeneratedRegex(@"^(?:19|20)\d{2}年\d{1,2}月$", RegexOptions.CultureInvariant)]
    public static partial Regex MonthHeading();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十百]{1,3}[、.]|（[一二三四五六七八九十百]{1,3}）|\d{1,3}(?:[.、](?!\d)|）)|（\d{1,3}）|[①-⑳⑴-⒇]|第[一二三四五六七八九十百零〇\d]{1,4}[章节条款部分篇]|[一二三四五六七八九十]{1,2}是|——)", RegexOptions.CultureInvariant)]
    public static partial Regex HeadingMarker();

    [GeneratedRegex(@"^(?:(?:牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|参与单位|协办单位|主办单位|承办单位|实施单位|责任分工|完成时限|完成时间|时间节点|时间安排|责任领导|责任人|联系人|联系电话|主送|抄送|附件\d*|附表\d*|备注|组长|副组长|成员|主任|副主任|常务副主任|委员|秘书长|发文机关|发文字号|成文日期|索引号)|[\u4E00-\u9FFF]{1,16}(?:局|委|委员会|办|办公室|政府|中心|大队|支队|联合会|公司|部|院))：", RegexOptions.CultureInvariant)]
    public static partial Regex LabelStart();

    [GeneratedRegex(@"^(?:目录|大事记|附件\d*|附表\d*|特此(?:通知|通告|公告|批复|函告)。?|此页无正文。?)$", RegexOptions.CultureInvariant)]
    private static partial Regex StandaloneWord();

    [GeneratedRegex(@"^（此件[^（）]{0,12}）$", RegexOptions.CultureInvariant)]
    public static partial Regex PublicationNote();

    [GeneratedRegex(@"^(?:各[\u4E00-\u9FFF、，]{1,80}|主送)：", RegexOptions.CultureInvariant)]
    private static partial Regex AddresseeStart();

    [GeneratedRegex(TitleEndings, RegexOptions.CultureInvariant)]
    private static partial Regex TitleEnding();

    [GeneratedRegex(@"^(?:[\u4E00-\u9FFF（）]{2,40}?)?关于", RegexOptions.CultureInvariant)]
    private static partial Regex TitleOpening();

    [GeneratedRegex(@"^[\u4E00-\u9FFF（）]{2,40}?" + OrganizationEndings, RegexOptions.CultureInvariant)]
    private static partial Regex OrganizationName();


    public static bool IsDocNumber(string text) => DocNumberLine().IsMatch(text);

    /// <summary>A date-only signature line ("2023年6月15日", "二〇一九年九月十六日", "包头市人民政府 2019年9月16日").</summary>
    public static bool TryReadDateLine(string text, out DateOnly date, out string issuer)
    {
        date = default;
        issuer = string.Empty;
        if (text.Length > 60 || !(text.EndsWith('日') || text.EndsWith('）') || char.IsAsciiDigit(text[^1])))
        {
            return false;
        }

        var arabic = ArabicDateLine().Match(text);
        DateOnly? parsed;
        Match match;
        if (arabic.Success)
        {
            match = arabic;
            parsed = CalendarDates.Create(
                CalendarDates.ParseAscii(arabic.Groups["year"].ValueSpan),
                CalendarDates.ParseAscii(arabic.Groups["month"].ValueSpan),
                CalendarDates.ParseAscii(arabic.Groups["day"].ValueSpan));
        }
        else
        {
            match = ChineseDateLine().Match(text.Trim('（', '）'));
            if (!match.Success)
            {
                return false;
            }

            var year = CalendarDates.ParseChineseYear(match.Groups["year"].ValueSpan);
            var month = CalendarDates.ParseChineseSmallNumber(match.Groups["month"].ValueSpan);
            var day = CalendarDates.ParseChineseSmallNumber(match.Groups["day"].ValueSpan);
            parsed = year is { } y && month is { } m && day is { } d ? CalendarDates.Create(y, m, d) : null;
        }

        var prefix = match.Groups["prefix"].Value;
        if (parsed is null || (prefix.Length > 0 && !IsOrganizationName(prefix)))
        {
            return false;
        }

        date = parsed.Value;
        issuer = prefix;
        return true;
    }

    public static bool IsDateLine(string text) => TryReadDateLine(text, out _, out _);

    public static bool IsOrganizationName(string text) => text.Length <= 42 && OrganizationName().IsMatch(text);

    public static bool HasSentencePunctuation(string text) => text.AsSpan().IndexOfAny(SentencePunctuation) >= 0;

    /// <summary>Ends like a document title (…的通知, …实施方案, …行动计划（2018—2020年）) and reads as one: no sentence punctuation.</summary>
    public static bool IsTitleLike(string text) =>
        text.Length is >= 4 and <= 120 && EndsLikeTitle(text) && !HasSentencePunctuation(text);

    /// <summary>The title inside a line that is nothing but "《…的通知》", as an excerpt quotes the document it comes from.</summary>
    public static string? QuotedTitle(string text) =>
        text.Length > 2 && text[0] == '《' && text[^1] == '》' && text.IndexOf('《', 1) < 0 && IsTitleLike(text[1..^1])
            ? text[1..^1]
            : null;

    public static bool EndsLikeTitle(string text) => text.Length > 0 && TitleLastCharacters.Contains(text[^1]) && TitleEnding().IsMatch(text);

    /// <summary>A title that names its issuer or subject: "[issuer]关于…的通知".</summary>
    public static bool IsOpeningTitle(string text) => IsTitleLike(text) && TitleOpening().IsMatch(text);

    public static bool StartsWithGuanyu(string text) => text.StartsWith("关于", StringComparison.Ordinal);

    /// <summary>"一、总体要求", "（一）指导思想", "第一章 总则": a heading with no sentence in it.</summary>
    public static bool IsHeadingOnly(string text) =>
        text.Length <= 40 && HeadingMarker().IsMatch(text) && text.AsSpan().IndexOfAny("。；！？：") < 0 && !ArticleMarker().IsMatch(text);

    /// <summary>"第六条…": an article of a regulation is a sentence, not a heading.</summary>
    [GeneratedRegex(@"^第[一二三四五六七八九十百零〇\d]{1,4}[条款]", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleMarker();

    public static bool IsStandalone(string text) =>
        StandaloneWord().IsMatch(text) || MonthHeading().IsMatch(text) || PublicationNote().IsMatch(text)
        || IsDocNumber(text) || IsDateLine(text);

    public static bool IsAddresseeLine(string text) => AddresseeStart().IsMatch(text);

    /// <summary>Whether a line's last sentence is finished, so the next line cannot continue it.</summary>
    public static bool EndsSentence(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        var last = text[^1];
        if (last is '。' or '！' or '？' or '；' or '：' or '…')
        {
            return true;
        }

        if (last is '.' && text.Length > 1 && TextCharacters.IsCjk(text[^2]))
        {
            return true;
        }

        if (last is '”' or '’' or '」' or '』' or '）' && text.Length > 1 && text[^2] is '。' or '！' or '？')
        {
            return true;
        }

        return last == '）' && IsTerminalParenthetical(text);
    }

    /// <summary>"（市卫健委、民政局按职责分工负责）" or "（此件公开发布）" closes a paragraph; "（国办发" does not.</summary>
    private static bool IsTerminalParenthetical(string text)
    {
        var depth = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] == '）')
            {
                depth++;
            }
            else if (text[i] == '（' && --depth == 0)
            {
                if (i == 0)
                {
                    return true;
                }

                var inside = text.AsSpan(i + 1, text.Length - i - 2);
                foreach (var word in TerminalParentheticalWords)
                {
                    if (inside.Contains(word, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }
}
