using System.Globalization;
using Notify.Core.Channels;
using Notify.Functions.Consent;
using Notify.Functions.Receipts.Twilio;
using Polly.CircuitBreaker;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Notify.Functions.Channels.Sms;

/// <summary>
/// Sends SMS with the Twilio SDK (<see cref="MessageResource.CreateAsync(CreateMessageOptions, ITwilioRestClient)"/>),
/// asking for status callbacks on a URL that carries the send time. Opted-out numbers are suppressed without calling Twilio; pacing,
/// retries and the circuit breaker sit in the SDK's HttpClient (<see cref="TwilioClients"/>).
/// </summary>
public sealed class TwilioSmsChannel : IMessageChannel, IDisposable
{
    private readonly System.Net.Http.HttpClient _http;
    private readonly TwilioRestClient _client;
    private readonly TwilioOptions _options;
    private readonly SmsOptOutStore _optOuts;
    private readonly TimeProvider _clock;
    private readonly ILogger<TwilioSmsChannel> _logger;

    public TwilioSmsChannel(TwilioOptions options, SmsOptOutStore optOuts, TimeProvider clock, ILogger<TwilioSmsChannel> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _optOuts = optOuts;
        _clock = clock;
        _logger = logger;
        _http = TwilioClients.CreateHttpClient(options, clock);
        _client = TwilioClients.CreateRestClient(options, _http);
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

        var result = await CreateAsync(Options(SmsNumbers.Normalize(message.Address), sms.Body), cancellationToken);
        if (result.Outcome == SendOutcome.Suppressed)
        {
            await _optOuts.OptOutAsync(message.Address, "twilio-21610", "STOP", cancellationToken);
        }

        _logger.LogInformation(
            "SMS {DeliveryId} to {Number}: {Outcome} {ErrorCode} {ProviderMessageId}",
            message.DeliveryId, SmsNumbers.Mask(message.Address), result.Outcome, result.ErrorCode, result.ProviderMessageId);
        return result;
    }

    public void Dispose() => _http.Dispose();

    private async Task<SendResult> CreateAsync(CreateMessageOptions create, CancellationToken cancellationToken)
    {
        var answer = TwilioAnswer.Open();
        try
        {
            // The SDK takes no cancellation token; each attempt is bounded by the handler's timeout.
            var sent = await MessageResource.CreateAsync(create, _client).WaitAsync(cancellationToken);
            return string.IsNullOrEmpty(sent.Sid)
                ? new SendResult(SendOutcome.TemporaryFailure, Reason: "Twilio answered without a message sid", RawResponse: answer.Body)
                : new SendResult(SendOutcome.Accepted, sent.Sid, RawResponse: answer.Body);
        }
        catch (ApiException exception)
        {
            return Refused(exception, answer);
        }
        catch (ApiConnectionException exception) when (exception.InnerException is BrokenCircuitException broken)
        {
            return new SendResult(SendOutcome.TemporaryFailure, Reason: "Twilio circuit open after repeated failures", RetryAfter: broken.RetryAfter ?? _options.CircuitBreakerBreakDuration);
        }
        catch (ApiConnectionException exception)
        {
            var cause = exception.InnerException?.GetType().Name ?? nameof(ApiConnectionException);
            return new SendResult(SendOutcome.TemporaryFailure, Reason: $"Twilio unreachable: {cause}", RetryAfter: _options.RetryBaseDelay);
        }
    }

    private SendResult Refused(ApiException exception, TwilioAnswer answer)
    {
        int? code = exception.Code > 0 ? exception.Code : null;
        var status = exception.Status > 0 ? exception.Status : answer.HttpStatus;
        var outcome = TwilioErrors.Outcome(code, status);
        var retryAfter = outcome == SendOutcome.TemporaryFailure ? answer.RetryAfter ?? _options.RetryBaseDelay : (TimeSpan?)null;
        return new SendResult(
            outcome,
            ErrorCode: (code ?? status).ToString(CultureInfo.InvariantCulture),
            Reason: TwilioErrors.Reason(code, status),
            RawResponse: answer.Body,
            RetryAfter: retryAfter);
    }

    private CreateMessageOptions Options(string to, string body)
    {
        var create = new CreateMessageOptions(new PhoneNumber(to))
        {
            Body = body,
            StatusCallback = TwilioStatusCallbackUrl.For(_options.StatusCallbackUrl, _clock.GetUtcNow()),
            ValidityPeriod = _options.ValidityPeriodSeconds,
        };
        if (!string.IsNullOrEmpty(_options.MessagingServiceSid))
        {
            create.MessagingServiceSid = _options.MessagingServiceSid;
        }
        else
        {
            create.From = new PhoneNumber(_options.From ?? "");
        }

        return create;
    }
}
