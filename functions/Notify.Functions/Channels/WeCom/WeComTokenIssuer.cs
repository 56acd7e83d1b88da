using Notify.Functions.Channels.AccessTokens;

namespace Notify.Functions.Channels.WeCom;

/// <summary>WeCom app tokens from /cgi-bin/gettoken: one per corp and app (each app has its own secret).</summary>
public sealed class WeComTokenIssuer(HttpClient http, WeComOptions options) : IAccessTokenIssuer
{
    public string CacheKey => $"wecom-{options.CorpId}-{options.AgentId}";

    public async Task<IssuedAccessToken> IssueAsync(CancellationToken cancellationToken)
    {
        var query = $"cgi-bin/gettoken?corpid={Uri.EscapeDataString(options.CorpId)}&corpsecret={Uri.EscapeDataString(options.Secret)}";
        using var request = new HttpRequestMessage(HttpMethod.Get, TencentApi.Endpoint(options.BaseUrl, query));
        return await TokenReplies.ReadAsync(http, request, "WeCom", cancellationToken);
    }
}
