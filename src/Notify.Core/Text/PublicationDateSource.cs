namespace Notify.Core.Text;

/// <summary>Where a publication date was read from before the line carrying it was removed as noise.</summary>
public enum PublicationDateSource
{
    /// <summary>A web page's "发布日期：…" (or 发布时间, 发表时间, 更新时间).</summary>
    WebPage,

    /// <summary>A gazette masthead's "2020年8月6日出版".</summary>
    GazetteIssue,
}
