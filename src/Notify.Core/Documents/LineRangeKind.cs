namespace Notify.Core.Documents;

/// <summary>Why a range of lines belongs to no document.</summary>
public enum LineRangeKind
{
    /// <summary>A gazette's masthead and anything else before its first document (or a web page's header).</summary>
    FrontMatter,

    /// <summary>The 目录: entries such as "1 包头市人民政府关于…的通告" name documents but are not documents.</summary>
    TableOfContents,

    /// <summary>The 大事记 (events log): its dates are history, not items.</summary>
    EventsLog,

    /// <summary>The gazette's colophon at the end: 主办, 邮政编码, 地址, 准印证号.</summary>
    BackMatter,
}
