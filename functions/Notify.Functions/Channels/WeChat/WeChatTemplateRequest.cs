using System.Text.Json;
using Notify.Core.Channels;
using Notify.Functions.Channels.AccessTokens;

namespace Notify.Functions.Channels.WeChat;

/// <summary>The JSON body of /cgi-bin/message/template/send; client_msg_id is the delivery id, so a retried send is not shown twice.</summary>
public static class WeChatTemplateRequest
{
    public static string Serialize(string openId, string deliveryId, WeChatTemplateContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var body = new Dictionary<string, object>
        {
            ["touser"] = openId,
            ["template_id"] = content.TemplateId,
            ["data"] = content.Data.ToDictionary(field => field.Key, field => new Dictionary<string, string> { ["value"] = field.Value }, StringComparer.Ordinal),
            ["client_msg_id"] = deliveryId,
        };
        if (content.Url is { Length: > 0 } url)
        {
            body["url"] = url;
        }

        return JsonSerializer.Serialize(body, TencentApi.JsonOptions);
    }
}
