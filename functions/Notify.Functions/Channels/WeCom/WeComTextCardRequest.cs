using System.Text.Json;
using Notify.Core.Channels;
using Notify.Functions.Channels.AccessTokens;

namespace Notify.Functions.Channels.WeCom;

/// <summary>The JSON body of /cgi-bin/message/send for one member, with WeCom's duplicate check on (same body within 30 minutes is sent once).</summary>
public static class WeComTextCardRequest
{
    public const int DuplicateCheckSeconds = 1800;

    public static string Serialize(string userId, int agentId, WeComTextCardContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["touser"] = userId,
            ["msgtype"] = "textcard",
            ["agentid"] = agentId,
            ["textcard"] = new Dictionary<string, string>
            {
                ["title"] = content.Title,
                ["description"] = content.Description,
                ["url"] = content.Url,
                ["btntxt"] = content.ButtonText,
            },
            ["enable_duplicate_check"] = 1,
            ["duplicate_check_interval"] = DuplicateCheckSeconds,
        }, TencentApi.JsonOptions);
    }
}
