using System.Text;

namespace Notify.Functions.Channels.AccessTokens;

/// <summary>Sending a request to the WeChat or WeCom API and reading its errcode reply. URLs hold the access token: never log them.</summary>
public static class TencentApi
{
    public const int SystemBusy = -1;

    /// <summary>
    /// The provider's reply, or null when it answered with a server error or something that is not an
    /// API reply (treated like "system busy"). Network failures and timeouts throw as HttpClient does.
    /// </summary>
    public static async Task<TencentApiReply?> SendAsync(HttpClient http, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var response = await http.SendAsync(request, cancellationToken);
        var raw = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode ? TencentApiReply.Parse(raw) : null;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>Whether a reply means "try again shortly".</summary>
    public static bool IsBusy(TencentApiReply? reply) => reply is null || reply.ErrorCode == SystemBusy;
}
