namespace Notify.Functions.Channels.AccessTokens;

/// <summary>
/// The HttpClient for WeChat/WeCom calls. Deliberately not from IHttpClientFactory: its logging
/// handlers would write request URLs, and these URLs carry the access token (or the app secret).
/// </summary>
public static class TencentHttp
{
    public static HttpClient CreateClient() =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(10) };
}
