using Notify.Core.Channels;
using Notify.Functions.Channels.AccessTokens;

namespace Notify.Functions.Channels.WeChat;

/// <summary>
/// Official Account template messages to residents (POST /cgi-bin/message/template/send). "Accepted"
/// only means WeChat took it: the TEMPLATESENDJOBFINISH event later says whether it arrived. The access token is the
/// configured Official Account's: a message whose sender is another account is refused, never sent in the wrong name.
/// </summary>
public sealed class WeChatTemplateChannel : IMessageChannel, IDisposable
{
    private readonly WeChatOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<WeChatTemplateChannel> _logger;
    private readonly TokenAuthorizedSender _sender;

    public WeChatTemplateChannel(HttpClient http, AccessTokenCache tokens, WeChatOptions options, TimeProvider clock, ILogger<WeChatTemplateChannel> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _clock = clock;
        _logger = logger;
        _sender = new TokenAuthorizedSender(
            http,
            tokens,
            new WeChatTokenIssuer(http, options),
            WeChatErrorCodes.TokenRejected,
            new SendPacing(options.MessagesPerSecond, options.BusyRetries, options.BusyRetryDelay),
            clock);
    }

    public ChannelKind Kind => ChannelKind.WeChat;

    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Content is not WeChatTemplateContent content)
        {
            throw new ArgumentException($"The WeChat channel sends template messages, not {message.Content.GetType().Name}.", nameof(message));
        }

        if (message.Sender?.WeChatAppId is { } appId && !string.IsNullOrEmpty(_options.AppId) && appId != _options.AppId)
        {
            return new SendResult(SendOutcome.TechnicalFailure, ErrorCode: "other-account", Reason: $"The message is for Official Account {appId}; this app holds the credentials of {_options.AppId} only.");
        }

        var body = WeChatTemplateRequest.Serialize(message.Address, message.DeliveryId, content);
        var result = await ChannelCalls.SendAsync(
            _sender,
            token => new HttpRequestMessage(HttpMethod.Post, TencentApi.Endpoint(_options.BaseUrl, $"cgi-bin/message/template/send?access_token={Uri.EscapeDataString(token)}"))
            {
                Content = TencentApi.Json(body),
            },
            reply => WeChatSendResults.From(reply, _clock.GetUtcNow(), _options),
            "WeChat",
            cancellationToken);
        _logger.LogInformation("WeChat template message {DeliveryId}: {Outcome} {ErrorCode}", message.DeliveryId, result.Outcome, result.ErrorCode);
        return result;
    }

    public void Dispose() => _sender.Dispose();
}
