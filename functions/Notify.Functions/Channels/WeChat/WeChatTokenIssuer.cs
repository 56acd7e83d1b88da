using System.Text.Json;
using Notify.Functions.Channels.AccessTokens;

namespace Notify.Functions.Channels.WeChat;

/// <summary>Official Account tokens from /cgi-bin/stable_token in normal mode, so every instance gets the same token.</summary>
public sealed class WeChatTokenIssuer(HttpClient http, WeChatOptions options) : IAccessTokenIssuer
{
    public string CacheKey => $"wechat-{options.AppId}";

    public async Task<IssuedAccessToken> IssueAsync(CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["grant_type"] = "client_credential",
            ["appid"] = options.AppId,
            ["secret"] = options.AppSecret,
            ["force_refresh"] = false,
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, TencentApi.Endpoint(options.BaseUrl, "cgi-bin/stable_token")) { Content = TencentApi.Json(body) };
        return await TokenReplies.ReadAsync(http, request, "WeChat", cancellationToken);
    }
}
