using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Notify.Functions.Channels.AccessTokens;

/// <summary>Sending a request to the WeChat or WeCom API and reading its errcode reply. URLs hold the access token: never log them.</summary>
public static class TencentApi
{
    public const int SystemBusy = -1;

    /// <summary>
    /// How request bodies are written: Chinese and other non-ASCII text as UTF-8 characters (WeChat counts field lengths in
    /// characters, and a body of \uXXXX escapes is six times longer), while quotes, backslashes, &lt;, &gt;, &amp; and control
    /// characters stay escaped.
    /// </summary>
    public static JsonSerializerOptions JsonOptions { get; } = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

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

    /// <summary>An API address under <paramref name="baseUrl"/>, keeping its path: https://proxy/wx and cgi-bin/x give https://proxy/wx/cgi-bin/x.</summary>
    public static Uri Endpoint(Uri baseUrl, string relative)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        return new Uri(root, relative);
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>Whether a reply means "try again shortly".</summary>
    public static bool IsBusy(TencentApiReply? reply) => reply is null || reply.ErrorCode == SystemBusy;
}
