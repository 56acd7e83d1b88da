using Notify.Functions.Channels.Sms;
using Twilio.Security;

namespace Notify.Functions.Receipts.Twilio;

/// <summary>
/// Reads a Twilio webhook's form and checks its X-Twilio-Signature with the SDK's <see cref="RequestValidator"/>
/// against the URL Twilio called. That URL is Notify:PublicBaseUrl (scheme, host, port) plus the request's
/// path and query when configured — the reliable choice behind the Functions front end or Front Door;
/// otherwise the request's own scheme and host, overridden by X-Forwarded-Proto / X-Forwarded-Host when a
/// proxy sets them.
/// </summary>
public sealed class TwilioWebhook(TwilioOptions options, IConfiguration configuration)
{
    public const string PublicBaseUrlSetting = "Notify:PublicBaseUrl";

    public const string SignatureHeader = "X-Twilio-Signature";

    /// <summary>The form parameters when the signature is valid; null when it is missing or forged.</summary>
    public async Task<IReadOnlyList<KeyValuePair<string, string>>?> ReadVerifiedFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasFormContentType)
        {
            return null;
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var signed = form.ToDictionary(field => field.Key, field => field.Value.ToString(), StringComparer.Ordinal);
        if (!IsSigned(PublicUrl(request), signed, request.Headers[SignatureHeader].ToString()))
        {
            return null;
        }

        return form.SelectMany(field => field.Value.Select(value => new KeyValuePair<string, string>(field.Key, value ?? ""))).ToList();
    }

    /// <summary>The first value of form field <paramref name="name"/>; null when the field is missing or that value empty.</summary>
    public static string? Value(IReadOnlyList<KeyValuePair<string, string>> form, string name) =>
        form.FirstOrDefault(p => p.Key == name).Value is { Length: > 0 } value ? value : null;

    /// <summary>
    /// True when <paramref name="signature"/> is Twilio's signature, with our auth token, of this URL (with or
    /// without its port, as the SDK allows) and these parameters.
    /// </summary>
    public bool IsSigned(string url, IDictionary<string, string> parameters, string? signature)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(options.AuthToken) || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        // A validator per call: it holds hash state and does not promise to be thread-safe. It tries the URL with a
        // missing default port added, but not with one written out (https://host:443/...) dropped: the second try does.
        var validator = new RequestValidator(options.AuthToken);
        return validator.Validate(url, parameters, signature)
            || (uri.IsDefaultPort && validator.Validate(uri.AbsoluteUri, parameters, signature));
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
