using Twilio.Clients;
using Twilio.Http;

namespace Notify.Functions.Channels.Sms;

/// <summary>
/// Builds the Twilio SDK client for one configuration (never the process-wide TwilioClient.Init): its
/// HttpClient goes to <see cref="TwilioOptions.BaseUrl"/> through <see cref="TwilioBaseUrlHandler"/> and
/// <see cref="TwilioResilienceHandler"/>, and it signs in with the API key when one is set.
/// </summary>
public static class TwilioClients
{
    public static System.Net.Http.HttpClient CreateHttpClient(TwilioOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        var transport = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        var handlers = new TwilioBaseUrlHandler(options.BaseUrl)
        {
            InnerHandler = new TwilioResilienceHandler(options, clock) { InnerHandler = transport },
        };

        // Each attempt has its own timeout in the resilience handler; one for the whole would cut retries short.
        return new System.Net.Http.HttpClient(handlers) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public static TwilioRestClient CreateRestClient(TwilioOptions options, System.Net.Http.HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(options);
        var useApiKey = !string.IsNullOrEmpty(options.ApiKeySid);
        return new TwilioRestClient(
            useApiKey ? options.ApiKeySid : options.AccountSid,
            useApiKey ? options.ApiKeySecret : options.AuthToken,
            accountSid: options.AccountSid,
            httpClient: new SystemNetHttpClient(http))
        {
            // The SDK's debug output goes to the console, outside our logs that mask phone numbers.
            LogLevel = null,
        };
    }
}
