using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Notify.Functions.Receipts.Twilio;

namespace Notify.Functions.Tests.Fakes.Twilio;

/// <summary>
/// Twilio's Messages resource on loopback: Basic auth (account sid + auth token, or an API key),
/// 201 with a message resource, Twilio's real error JSON for magic number prefixes, and afterwards
/// signed status callbacks (sent → delivered, or undelivered with an ErrorCode) to the StatusCallback
/// URL. Use <see cref="Number"/> to get a fresh number with a magic prefix.
/// </summary>
public sealed class FakeTwilioServer : IAsyncDisposable
{
    public const string InvalidNumber = "+1500555001";
    public const string NotMobile = "+1500555002";
    public const string Unsubscribed = "+1500555003";
    public const string ThrottledOnce = "+1500555004";
    public const string ServerErrorOnce = "+1500555005";
    public const string AlwaysDown = "+1500555006";
    public const string ThrottledLong = "+1500555007";
    public const string Unreachable = "+1500555008";
    public const string Landline = "+1500555009";
    public const string Hangs = "+1500555010";
    public const string RegionDisabled = "+1500555011";
    public const string GatewayErrorPage = "+1500555012";

    private readonly WebApplication _app;
    private readonly HttpClient _callbacks = new();
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> _messages = new();
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Status, int HttpStatus)> _callbackResults = new();
    private readonly ConcurrentBag<Task> _pending = [];
    private int _requests;

    private FakeTwilioServer(WebApplication app, string pathBase)
    {
        _app = app;
        PathBase = pathBase;
    }

    public string AccountSid { get; } = $"AC{Guid.NewGuid():N}";

    public string AuthToken { get; } = $"{Guid.NewGuid():N}";

    public string ApiKeySid { get; } = $"SK{Guid.NewGuid():N}";

    public string ApiKeySecret { get; } = $"secret{Guid.NewGuid():N}";

    /// <summary>The path the API is served under, e.g. "/twilio" for a proxy's prefix; empty as at Twilio.</summary>
    public string PathBase { get; }

    public Uri BaseUrl => new(_app.Urls.First() + PathBase);

    /// <summary>Every POST to Messages.json, authorised or not.</summary>
    public int Requests => _requests;

    /// <summary>The forms of the messages accepted (201).</summary>
    public IReadOnlyCollection<IReadOnlyDictionary<string, string>> Messages => _messages;

    /// <summary>Each status callback sent and the HTTP status the receiver answered.</summary>
    public IReadOnlyCollection<(string Status, int HttpStatus)> CallbackResults => _callbackResults;

    /// <summary>Pause before the first callback, as Twilio's queue would (the sender records the sid meanwhile).</summary>
    public TimeSpan CallbackDelay { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>The Retry-After a <see cref="ThrottledLong"/> number is answered with, in seconds.</summary>
    public int ThrottledLongRetryAfterSeconds { get; set; } = 120;

    public static string Number(string prefix) =>
        prefix + Random.Shared.Next(1000, 10000).ToString(CultureInfo.InvariantCulture);

    public int AttemptsFor(string to) => _attempts.GetValueOrDefault(to);

    public static async Task<FakeTwilioServer> StartAsync(string pathBase = "")
    {
        var app = LoopbackServer.Create();
        var fake = new FakeTwilioServer(app, pathBase);
        app.MapPost(pathBase + "/2010-04-01/Accounts/{accountSid}/Messages.json", fake.CreateMessageAsync);
        await app.StartAsync();
        return fake;
    }

    /// <summary>Waits for the status callbacks started so far.</summary>
    public Task CallbacksSentAsync() => Task.WhenAll(_pending);

    /// <summary>POSTs a form signed as Twilio would (or with <paramref name="signature"/> instead), e.g. an inbound SMS.</summary>
    public async Task<HttpResponseMessage> PostSignedAsync(Uri url, IReadOnlyDictionary<string, string> form, string? signature = null, string? signedUrl = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        var header = signature ?? TwilioWebhookSigner.Sign(AuthToken, signedUrl ?? url.ToString(), form);
        if (header.Length > 0)
        {
            request.Headers.Add(TwilioWebhook.SignatureHeader, header);
        }

        return await _callbacks.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_pending);
        _callbacks.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> CreateMessageAsync(string accountSid, HttpRequest request)
    {
        Interlocked.Increment(ref _requests);
        if (accountSid != AccountSid || !Authorised(request.Headers.Authorization.ToString()))
        {
            return Error(401, 20003, "Authenticate");
        }

        var form = (await request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        var to = form.GetValueOrDefault("To");
        if (string.IsNullOrEmpty(to))
        {
            return Error(400, 21604, "A 'To' phone number is required.");
        }

        if (string.IsNullOrEmpty(form.GetValueOrDefault("From")) && string.IsNullOrEmpty(form.GetValueOrDefault("MessagingServiceSid")))
        {
            return Error(400, 21603, "A 'From' or 'MessagingServiceSid' parameter is required to send a message.");
        }

        if (string.IsNullOrEmpty(form.GetValueOrDefault("Body")))
        {
            return Error(400, 21602, "Message body is required.");
        }

        var attempt = _attempts.AddOrUpdate(to, 1, (_, n) => n + 1);
        switch (Prefix(to))
        {
            case InvalidNumber:
                return Error(400, 21211, $"Invalid 'To' Phone Number: {to}");
            case NotMobile:
                return Error(400, 21614, $"'To' number {to} is not a valid mobile number");
            case RegionDisabled:
                return Error(400, 21408, "Permission to send an SMS has not been enabled for the region indicated by the 'To' number");
            case Unsubscribed:
                return Error(400, 21610, "Attempt to send to unsubscribed recipient");
            case ThrottledOnce when attempt == 1:
                return Error(429, 20429, "Too Many Requests", retryAfterSeconds: 1);
            case ThrottledLong:
                return Error(429, 20429, "Too Many Requests", retryAfterSeconds: ThrottledLongRetryAfterSeconds);
            case ServerErrorOnce when attempt == 1:
            case AlwaysDown:
                return Error(503, 20500, "Service Unavailable");
            case GatewayErrorPage:
                return Results.Text("<html><body>502 Bad Gateway</body></html>", "text/html", Encoding.UTF8, 502);
            case Hangs:
                await Task.Delay(TimeSpan.FromSeconds(5), request.HttpContext.RequestAborted);
                break;
        }

        var sid = $"SM{Guid.NewGuid():N}";
        _messages.Enqueue(form);
        if (form.GetValueOrDefault("StatusCallback") is { Length: > 0 } callback)
        {
            var finalStatus = Prefix(to) switch
            {
                Unreachable => ("undelivered", "30003"),
                Landline => ("undelivered", "30006"),
                _ => ("delivered", (string?)null),
            };
            _pending.Add(Task.Run(() => SendCallbacksAsync(new Uri(callback), sid, form, finalStatus)));
        }

        var resource = new JsonObject
        {
            ["sid"] = sid,
            ["account_sid"] = AccountSid,
            ["messaging_service_sid"] = form.GetValueOrDefault("MessagingServiceSid"),
            ["from"] = form.GetValueOrDefault("From"),
            ["to"] = to,
            ["body"] = form["Body"],
            ["status"] = string.IsNullOrEmpty(form.GetValueOrDefault("MessagingServiceSid")) ? "queued" : "accepted",
            ["direction"] = "outbound-api",
            ["num_segments"] = "1",
            ["num_media"] = "0",
            ["error_code"] = null,
            ["error_message"] = null,
            ["api_version"] = "2010-04-01",
            ["uri"] = $"/2010-04-01/Accounts/{AccountSid}/Messages/{sid}.json",
        };
        return Results.Text(resource.ToJsonString(), "application/json", Encoding.UTF8, 201);
    }

    private async Task SendCallbacksAsync(Uri callback, string sid, Dictionary<string, string> sent, (string Status, string? ErrorCode) final)
    {
        await Task.Delay(CallbackDelay);
        foreach (var (status, errorCode) in new[] { ("sent", (string?)null), final })
        {
            var form = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["MessageSid"] = sid,
                ["SmsSid"] = sid,
                ["MessageStatus"] = status,
                ["SmsStatus"] = status,
                ["AccountSid"] = AccountSid,
                ["To"] = sent["To"],
                ["From"] = sent.GetValueOrDefault("From") ?? "+15005550006",
                ["ApiVersion"] = "2010-04-01",
            };
            if (errorCode is not null)
            {
                form["ErrorCode"] = errorCode;
            }

            try
            {
                using var response = await PostSignedAsync(callback, form);
                _callbackResults.Enqueue((status, (int)response.StatusCode));
            }
            catch (HttpRequestException)
            {
                _callbackResults.Enqueue((status, 0));
                return;
            }
        }
    }

    private bool Authorised(string authorization)
    {
        if (!AuthenticationHeaderValue.TryParse(authorization, out var header) || header.Scheme != "Basic" || header.Parameter is null)
        {
            return false;
        }

        var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
        return pair == $"{AccountSid}:{AuthToken}" || pair == $"{ApiKeySid}:{ApiKeySecret}";
    }

    private static string Prefix(string to) => to.Length > 11 ? to[..11] : to;

    private static TwilioErrorResult Error(int status, int code, string message, int? retryAfterSeconds = null)
    {
        var body = new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["more_info"] = $"https://www.twilio.com/docs/errors/{code}",
            ["status"] = status,
        };
        return new TwilioErrorResult(status, body.ToJsonString(), retryAfterSeconds);
    }

    private sealed class TwilioErrorResult(int status, string body, int? retryAfterSeconds) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = "application/json";
            if (retryAfterSeconds is { } seconds)
            {
                httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            }

            await httpContext.Response.WriteAsync(body);
        }
    }
}
