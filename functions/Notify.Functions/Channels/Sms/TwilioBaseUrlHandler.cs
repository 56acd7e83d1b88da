namespace Notify.Functions.Channels.Sms;

/// <summary>
/// Sends the Twilio SDK's requests to <see cref="TwilioOptions.BaseUrl"/> instead of api.twilio.com,
/// keeping the base's own path (http://127.0.0.1:1234/twilio reaches /twilio/2010-04-01/...). The SDK's
/// Edge and Region settings can only change the host name, so a fake or a proxy needs this.
/// </summary>
public sealed class TwilioBaseUrlHandler(Uri baseUrl) : DelegatingHandler
{
    private readonly string _base = baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');

    public Uri Rebase(Uri requestUri)
    {
        ArgumentNullException.ThrowIfNull(requestUri);
        return new Uri(_base + requestUri.PathAndQuery);
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is { IsAbsoluteUri: true } uri)
        {
            request.RequestUri = Rebase(uri);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
