using System.Net;
using System.Text;

namespace Notify.Testing.Documents;

/// <summary>
/// A government web page made in the tests around the given article lines: doctype, meta charset, scripts,
/// a style sheet, a site header with navigation, a breadcrumb, a metadata table, a share bar and a footer.
/// </summary>
public static class TestHtml
{
    public static string Page(string charset, IReadOnlyDictionary<string, string> metadata, IEnumerable<string> articleLines)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(articleLines);
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=").Append(charset).Append("\">\n")
            .Append("<title>通知公告_示例市人民政府门户网站</title>\n<style>.nav { color: red; } /* 2099年1月1日前 */</style>\n")
            .Append("<script>var deadline = '2099年12月31日前完成';</script>\n</head>\n<body>\n")
            .Append("<div class=\"header\"><div class=\"logo\">示例市人民政府</div><ul class=\"nav\"><li><a href=\"/\">首页</a></li><li>政务公开</li><li>2098年专题</li></ul></div>\n")
            .Append("<div class=\"breadcrumb\">当前位置：<a href=\"/\">首页</a> &gt; 政务公开 &gt; 通知公告</div>\n")
            .Append("<div class=\"article\">\n<table class=\"xxgk-table\">\n");
        var pairs = metadata.ToList();
        for (var index = 0; index < pairs.Count; index += 2)
        {
            page.Append("<tr>");
            foreach (var (label, value) in pairs.Skip(index).Take(2))
            {
                page.Append("<th>").Append(WebUtility.HtmlEncode(label)).Append("：</th><td>").Append(WebUtility.HtmlEncode(value)).Append("</td>");
            }

            page.Append("</tr>\n");
        }

        page.Append("</table>\n<div class=\"content\">\n");
        foreach (var line in articleLines)
        {
            page.Append("<p>\n   ").Append(WebUtility.HtmlEncode(line)).Append("\n</p>\n");
        }

        page.Append("</div>\n<div class=\"share\">分享到：微信 微博</div>\n</div>\n")
            .Append("<div class=\"footer\">主办：示例市人民政府办公室 2097年3月1日更新</div>\n")
            .Append("<script src=\"/js/stat.js\"></script>\n</body>\n</html>\n");
        return page.ToString();
    }
}
