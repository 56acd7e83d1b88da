using Notify.Functions.Channels.Sms;

namespace Notify.Functions.Receipts.Twilio;

/// <summary>
/// Reads a Twilio webhook's form and checks its signature against the URL Twilio called. That URL is
/// Notify:PublicBaseUrl (scheme, host, port) plus the request's path and query when configured — the
/// reliable choice behind the Functions front end or Front Door; otherwise the request's own scheme
/// and host, overridden by X-Forwarded-Proto / X-Forwarded-Host when a proxy sets them.
/// </summary>
public sealed class TwilioWebhook(TwilioOptions options, IConfiguration configuration)
{
    public const string PublicBaseUrlSetting = "Notify:PublicBaseUrl";

    /// <summary>The form parameters when the signature is valid; null when it is missing or forged.</summary>
    public async Task<IReadOnlyList<KeyValuePair<string, string>>?> ReadVerifiedFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasFormContentType)
        {
            return null;
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var parameters = form.SelectMany(field => field.Value.Select(value => new KeyValuePair<string, string>(field.Key, value ?? ""))).ToList();
        var signature = request.Headers[TwilioSignature.HeaderName].ToString();
        return TwilioSignature.IsValid(options.AuthToken, PublicUrl(request), parameters, signature) ? parameters : null;
    }

    public string PublicUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pathAndQuery = $"{request.PathBase}{request.Path}{request.QueryString}";
        if (configuration[PublicBaseUrlSetting] is { Length: > 0 } publicBase)
        {
            return publicBase.TrimEnd('/') + pathAndQuery;
        }

        var scheme = First(request.Headers["X-Forwarded-Proto"]) ?? request.Scheme;
        var host = First(request.Headers["X-Forwarded-Host"]) ?? request.Host.Value;
        return $"{scheme}://{host}{pathAndQuery}";
    }

    private static string? First(string? header) =>
        string.IsNullOrWhiteSpace(header) ? null : header.Split(',')[0].Trim();
}
