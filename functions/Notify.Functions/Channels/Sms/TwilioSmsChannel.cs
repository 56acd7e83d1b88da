using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.RateLimiting;
using Notify.Core.Channels;
using Notify.Functions.Consent;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Notify.Functions.Channels.Sms;

/// <summary>
/// Sends SMS through Twilio's Messages resource (form-encoded, Basic auth), asking for status
/// callbacks. Opted-out numbers are suppressed without calling Twilio; sends are paced to
/// <see cref="TwilioOptions.MessagesPerSecond"/>.
/// </summary>
public sealed class TwilioSmsChannel : IMessageChannel, IDisposable
{
    private readonly HttpClient _http;
    private readonly TwilioOptions _options;
    private readonly SmsOptOutStore _optOuts;
    private readonly TimeProvider _clock;
    private readonly ILogger<TwilioSmsChannel> _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly SendPace _rate;
    private readonly Uri _messagesUri;
    private readonly AuthenticationHeaderValue _authorization;

    public TwilioSmsChannel(HttpClient http, TwilioOptions options, SmsOptOutStore optOuts, TimeProvider clock, ILogger<TwilioSmsChannel> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options;
        _optOuts = optOuts;
        _clock = clock;
        _logger = logger;
        _pipeline = TwilioResilience.Build(options, clock);
        // Twilio queues per sender anyway; without a setting, pace at one message a second rather than flood it.
        _rate = new SendPace(options.MessagesPerSecond > 0 ? options.MessagesPerSecond : 1);
        _messagesUri = new Uri(options.BaseUrl, $"/2010-04-01/Accounts/{Uri.EscapeDataString(options.AccountSid)}/Messages.json");
        var user = string.IsNullOrEmpty(options.ApiKeySid) ? options.AccountSid : options.ApiKeySid;
        var password = string.IsNullOrEmpty(options.ApiKeySid) ? options.AuthToken : options.ApiKeySecret;
        _authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
    }

    public ChannelKind Kind => ChannelKind.Sms;

    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Content is not SmsContent sms)
        {
            return new SendResult(SendOutcome.TechnicalFailure, Reason: $"Twilio sends SMS only, not {message.Content.GetType().Name}");
        }

        if (await _optOuts.IsOptedOutAsync(message.Address, cancellationToken))
        {
            _logger.LogInformation("SMS {DeliveryId} to {Number} suppressed: the number opted out", message.DeliveryId, SmsNumbers.Mask(message.Address));
            return new SendResult(SendOutcome.Suppressed, Reason: "The number opted out of SMS");
        }

        var form = Form(SmsNumbers.Normalize(message.Address), sms.Body);
        SendResult result;
        try
        {
            using var response = await _pipeline.ExecuteAsync(
                async token =>
                {
                    using var turn = await _rate.WaitAsync(token);
                    using var request = new HttpRequestMessage(HttpMethod.Post, _messagesUri) { Content = new FormUrlEncodedContent(form) };
                    request.Headers.Authorization = _authorization;
                    var answer = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, token);
                    await answer.Content.LoadIntoBufferAsync(token);
                    return answer;
                },
                cancellationToken);
            result = await ReadAsync(response, cancellationToken);
        }
        catch (BrokenCircuitException exception)
        {
            result = new SendResult(SendOutcome.TemporaryFailure, Reason: "Twilio circuit open after repeated failures", RetryAfter: exception.RetryAfter ?? _options.CircuitBreakerBreakDuration);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException)
        {
            result = new SendResult(SendOutcome.TemporaryFailure, Reason: $"Twilio unreachable: {exception.GetType().Name}", RetryAfter: _options.RetryBaseDelay);
        }

        if (result.Outcome == SendOutcome.Suppressed)
        {
            await _optOuts.OptOutAsync(message.Address, "twilio-21610", "STOP", cancellationToken);
        }

        _logger.LogInformation(
            "SMS {DeliveryId} to {Number}: {Outcome} {ErrorCode} {ProviderMessageId}",
            message.DeliveryId, SmsNumbers.Mask(message.Address), result.Outcome, result.ErrorCode, result.ProviderMessageId);
        return result;
    }

    public void Dispose() => _rate.Dispose();

    private List<KeyValuePair<string, string>> Form(string to, string body)
    {
        var form = new List<KeyValuePair<string, string>> { new("To", to) };
        if (!string.IsNullOrEmpty(_options.MessagingServiceSid))
        {
            form.Add(new("MessagingServiceSid", _options.MessagingServiceSid));
        }
        else
        {
            form.Add(new("From", _options.From ?? ""));
        }

        form.Add(new("Body", body));
        if (_options.StatusCallbackUrl is { } callback)
        {
            form.Add(new("StatusCallback", callback.AbsoluteUri));
        }

        if (_options.ValidityPeriodSeconds is { } validity)
        {
            form.Add(new("ValidityPeriod", validity.ToString(CultureInfo.InvariantCulture)));
        }

        return form;
    }

    private async Task<SendResult> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var raw = await response.Content.ReadAsStringAsync(cancellationToken);
        var status = (int)response.StatusCode;
        var json = TryParse(raw);
        if (response.IsSuccessStatusCode)
        {
            var sid = json is { } ok && ok.TryGetProperty("sid", out var sidValue) ? sidValue.GetString() : null;
            return sid is null
                ? new SendResult(SendOutcome.TemporaryFailure, Reason: "Twilio answered without a message sid", RawResponse: raw)
                : new SendResult(SendOutcome.Accepted, sid, RawResponse: raw);
        }

        int? code = json is { } error && error.TryGetProperty("code", out var codeValue) && codeValue.TryGetInt32(out var parsed) ? parsed : null;
        var outcome = TwilioErrors.Outcome(code, status);
        var retryAfter = outcome == SendOutcome.TemporaryFailure
            ? TwilioRetryAfter.From(response.Headers.RetryAfter, _clock.GetUtcNow()) ?? _options.RetryBaseDelay
            : (TimeSpan?)null;
        return new SendResult(
            outcome,
            ErrorCode: (code?.ToString(CultureInfo.InvariantCulture)) ?? status.ToString(CultureInfo.InvariantCulture),
            Reason: TwilioErrors.Reason(code, status),
            RawResponse: raw,
            RetryAfter: retryAfter);
    }

    private static JsonElement? TryParse(string raw)
    {
        try
        {
            using var document = JsonDocument.Parse(raw);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
