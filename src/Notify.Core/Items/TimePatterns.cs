using System.Text.RegularExpressions;

namespace Notify.Core.Items;

/// <summary>The regular expressions behind <see cref="TimeExpressionExtractor"/>; they run on <see cref="ScanText"/>.</summary>
internal static partial class TimePatterns
{
    private const RegexOptions Options = RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant;

    /// <summary>
    /// One calendar expression: a year range ("2018—2020年"), a dotted date ("2023.10.31"), a year with an
    /// optional month, day or part ("2023年10月底", "2019年年底", "2023年上半年"), a month and day or part
    /// without a year ("9月1日", "6月底"), a year named relative to the context ("今年", "明年6月底"), a part
    /// of the context year ("年底", "年内", "上半年", "一季度末"), or a five-year-plan period ("十四五期间").
    /// </summary>
    [GeneratedRegex("""
        (?<range>(?<![0-9])(?<ry1>(?:19|20)[0-9]{2})年?(?:——|[—\-－–~～至到])(?<ry2>(?:19|20)[0-9]{2})年(?![0-9]{1,2}月))
        |(?<iso>(?<![0-9.\-/])(?<iy>(?:19|20)[0-9]{2})[.\-/](?<im>1[0-2]|0?[1-9])[.\-/](?<id>3[01]|[12][0-9]|0?[1-9])(?![0-9.\-/]))
        |(?<full>(?<![0-9])(?<y>(?:19|20)[0-9]{2})年
            (?:(?<m>1[0-2]|0?[1-9])月份?(?:(?<d>3[01]|[12][0-9]|0?[1-9])[日号](?:[0-9]{1,2}(?:[时点](?:[0-9]{1,2}分)?|[:：][0-9]{2}))?|(?<mp>上旬|中旬|下旬|底|末))?
              |(?<yp>年底|年末|底|末|上半年|下半年|第?[一二三四1-4]季度末?))?)
        |(?<md>(?<![0-9.月])(?<m>1[0-2]|0?[1-9])月份?(?:(?<d>3[01]|[12][0-9]|0?[1-9])[日号](?:[0-9]{1,2}(?:[时点](?:[0-9]{1,2}分)?|[:：][0-9]{2}))?|(?<mp>上旬|中旬|下旬|底|末)))
        |(?<md>(?<=[至到—\-－~～](?:次年|翌年)?)(?<m>1[0-2]|0?[1-9])月份?(?![0-9]))
        |(?<md>(?<![0-9.月])(?<m>1[0-2]|0?[1-9])月份?(?=(?:——|[至到—\-－~～])(?:次年|翌年)?(?:1[0-2]|0?[1-9])月))
        |(?<rel>(?<rm>本月|下月)(?:(?<d>3[01]|[12][0-9]|0?[1-9])[日号]|(?<mp>上旬|中旬|下旬|底|末))?)
        |(?<rel>(?<ry>今年|明年|本年度?)
            (?:(?<m>1[0-2]|0?[1-9])月份?(?:(?<d>3[01]|[12][0-9]|0?[1-9])[日号]|(?<mp>上旬|中旬|下旬|底|末))?
              |(?<yp>年底|年末|底|末|上半年|下半年|内|第?[一二三四]季度末?))?)
        |(?<part>(?<![0-9个每年上])(?<yp>年底|年末|年内|年度内|上半年|下半年|第?[一二三四]季度末?))
        |(?<plan>[“"]?十(?<pn>[一二三四五六])五[”"]?(?<pp>期间|时期末|时期|末期|末))
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    public static partial Regex CalendarExpression();

    /// <summary>A date named by the document itself: "自印发之日起", "自公布之日起30日后施行", "自发布之日起施行".</summary>
    [GeneratedRegex("""
        (?:(?<from>自|从)(?<named>[\p{IsCJKUnifiedIdeographs}]{0,6}?)|(?<named>本[\p{IsCJKUnifiedIdeographs}]{1,6}?))?(?<anchor>印发|发布|公布|下发|签发|颁布|发文|施行|实施)之?日起
        (?:(?<n>[0-9]{1,3})(?<unit>个月|个工作日|日|天|年|周)(?<rel>以内|之内|内|以后|之后|后))?
        (?<act>起?(?:施行|执行|实施|生效))?
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    public static partial Regex DocumentRelative();

    /// <summary>
    /// A repetition: "每月", "每季度", "每半年", "每2年", "每周", "每天", "每个年度"; not "每人每年" or "每张床位每月".
    /// Also "分年度", "逐年" (year by year), but not a trend ("逐年提高").
    /// </summary>
    [GeneratedRegex("""
        (?<!人|户|床位|张|名|个|所|座|(?<!办事)处|次|人次)每(?:(?<unit>半年|季度|季|年度|年|月|旬|周|星期|天|日)|(?<n>[0-9]{1,2})个?(?<unit>月|年|周|天|日)|个(?<unit>年度|季度|月|星期|周))
        |(?<![部十充划区])(?:分|逐)(?<unit>年度|年|季度|月)(?![龄份末底初内度]|目标|计划|任务|预算|指标|提高|增加|增长|减少|下降|递增|递减|上升|扩大|降低|加大|提升|改善|缩小|回升|攀升|减|增|降|提)
        """, Options | RegexOptions.IgnorePatternWhitespace)]
    public static partial Regex Repetition();

    /// <summary>"按月拨付", "按季研究调度", "按年度报送": a repetition stated as a rhythm; not "按年龄", "按月份", "按年度计划", "按日计算".</summary>
    [GeneratedRegex("""按(?<unit>月|季度|季|年度|年|周|日)(?=\p{IsCJKUnifiedIdeographs})(?![龄份期程历节岁限计时薪息利初末底内度]|目标|标准|比例|要求|规定|预算|指标|任务|核定|测算)""", Options)]
    public static partial Regex Rhythm();

    /// <summary>"每年3、6、9、12月10日前", "每年6月、12月底前": several months of every year sharing one day.</summary>
    [GeneratedRegex("""每年度?的?(?<months>(?:(?:1[0-2]|0?[1-9])月?[、,和及与])+(?:1[0-2]|0?[1-9]))月份?(?:(?<d>3[01]|[12][0-9]|0?[1-9])[日号]|(?<mp>上旬|中旬|下旬|底|末))?""", Options)]
    public static partial Regex MonthList();

    /// <summary>"用三年时间", "利用2年左右的时间", "用6个月时间": a task's time stated as a duration.</summary>
    [GeneratedRegex("""(?:利用|用|花)(?<n>[0-9]{1,2})(?<unit>年|个月)(?:左右)?的?时间""", Options)]
    public static partial Regex Duration();

    /// <summary>Timing words that promise a time without naming it.</summary>
    [GeneratedRegex("""不定期|定期|及时|限期|适时|尽快|尽早|按时|按期""", Options)]
    public static partial Regex VagueTiming();

    /// <summary>"有效期5年", "有效期为两年", "有效期至2025年12月31日".</summary>
    [GeneratedRegex("""有效期(?:为|是)?(?:(?<years>[0-9]{1,2})年|(?<until>至|到|截至))""", Options)]
    public static partial Regex Validity();

    /// <summary>"至少2次", "不少于1次", "两篇": how many times per period.</summary>
    [GeneratedRegex("""(?<least>至少|不少于|不低于|最少)?[\p{IsCJKUnifiedIdeographs}]{0,6}?(?<count>[0-9]{1,3})(?:次|篇|期|份|回)""", Options)]
    public static partial Regex TimesPerPeriod();
}
