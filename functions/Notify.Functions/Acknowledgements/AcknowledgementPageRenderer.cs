using System.Globalization;
using System.Net;
using System.Text;
using Notify.Core.Items;
using Notify.Functions.Review;

namespace Notify.Functions.Acknowledgements;

/// <summary>The acknowledgement pages, in Chinese. Every value from storage or the link is HTML-encoded here.</summary>
public sealed class AcknowledgementPageRenderer(AcknowledgementOptions options)
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>The task with a "确认收到" button, or the earlier acknowledgement when there is one.</summary>
    public static AcknowledgementPage Task(string unitName, PolicyItem item, DateTimeOffset expiresUtc, DateTimeOffset? acknowledgedAt)
    {
        ArgumentNullException.ThrowIfNull(item);
        var body = new StringBuilder()
            .Append("<h1>工作任务提醒</h1>")
            .Append(TaskDetails(unitName, item));
        if (acknowledgedAt is { } at)
        {
            body.Append("<p class=\"done\">本单位已于 ").Append(Encode(Time(at))).Append(" 确认收到此任务。</p>");
        }
        else
        {
            body.Append("<form method=\"post\"><button type=\"submit\">确认收到</button></form>")
                .Append("<p class=\"note\">点击“确认收到”表示本单位已知悉此任务，系统将不再就此任务向本单位发送催办提醒。</p>");
        }

        body.Append("<p class=\"note\">链接有效期至 ").Append(Encode(Time(expiresUtc))).Append("。</p>");
        return Page(StatusCodes.Status200OK, "工作任务提醒", body.ToString());
    }

    public static AcknowledgementPage Confirmed(string unitName, PolicyItem item, AcknowledgementResult result)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(result);
        var message = result.Outcome == AcknowledgementOutcome.Acknowledged
            ? "已确认收到，感谢！系统已记录确认时间 " + Time(result.AcknowledgedAt) + "。"
            : "本单位此前已于 " + Time(result.AcknowledgedAt) + " 确认收到此任务，无需重复确认。";
        var body = "<h1>已确认收到</h1><p class=\"done\">" + Encode(message) + "</p>" + TaskDetails(unitName, item);
        return Page(StatusCodes.Status200OK, "已确认收到", body);
    }

    public AcknowledgementPage Invalid() => Page(
        StatusCodes.Status400BadRequest,
        "链接无效",
        "<h1>链接无效</h1><p>此链接已被改动或不完整，无法确认任务。请从收到的短信、邮件或企业微信消息中完整复制链接后重新打开。</p>"
        + Help());

    public AcknowledgementPage Expired() => Page(
        StatusCodes.Status410Gone,
        "链接已过期",
        "<h1>链接已过期</h1><p>此确认链接已超过有效期，不能再用于确认任务。</p>" + Help());

    public AcknowledgementPage ItemMissing() => Page(
        StatusCodes.Status404NotFound,
        "任务不存在",
        "<h1>任务不存在</h1><p>此链接对应的任务已被撤回或删除。</p>" + Help());

    private string Help() => "<p>如有疑问，请联系" + Encode(options.HelpContact) + "。</p>";

    private static string TaskDetails(string unitName, PolicyItem item)
    {
        var extracted = item.Item;
        var rows = new StringBuilder("<dl>");
        Row(rows, "单位", unitName);
        Row(rows, "任务", extracted.Quote);
        switch (extracted.Kind)
        {
            case ItemKind.Deadline:
                Row(rows, "截止日期", Date(extracted.Date));
                break;
            case ItemKind.Window:
                Row(rows, "起止日期", Date(extracted.Date) + " 至 " + Date(extracted.EndDate));
                break;
            default:
                Row(rows, "日期", Date(extracted.Date));
                break;
        }

        if (!string.IsNullOrEmpty(extracted.Recurrence))
        {
            Row(rows, "周期", extracted.Recurrence);
        }

        if (!string.IsNullOrEmpty(extracted.DocNumber))
        {
            Row(rows, "文号", extracted.DocNumber);
        }

        return rows.Append("</dl>").ToString();
    }

    private static void Row(StringBuilder rows, string label, string value) =>
        rows.Append("<dt>").Append(Encode(label)).Append("</dt><dd>").Append(Encode(value)).Append("</dd>");

    private static string Date(DateOnly? date) =>
        date is { } day ? string.Create(CultureInfo.InvariantCulture, $"{day.Year}年{day.Month}月{day.Day}日") : "未注明";

    private static string Time(DateTimeOffset utc)
    {
        var local = TimeZoneInfo.ConvertTime(utc, Shanghai);
        return string.Create(CultureInfo.InvariantCulture, $"{local.Year}年{local.Month}月{local.Day}日 {local:HH:mm}");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static AcknowledgementPage Page(int status, string title, string body) => new(status,
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"robots\" content=\"noindex, nofollow\">"
        + "<title>" + Encode(title) + "</title>"
        + "<style>body{font-family:sans-serif;max-width:40em;margin:2em auto;padding:0 1em;line-height:1.6}"
        + "dt{font-weight:bold;margin-top:.5em}dd{margin:0}button{font-size:1.2em;padding:.5em 2em;margin:1em 0}"
        + ".done{color:#1a7f37;font-weight:bold}.note{color:#555;font-size:.9em}</style>"
        + "</head><body>" + body + "</body></html>");
}
