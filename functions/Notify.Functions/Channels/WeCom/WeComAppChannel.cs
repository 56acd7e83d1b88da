using Notify.Core.Channels;
using Notify.Functions.Channels.AccessTokens;

namespace Notify.Functions.Channels.WeCom;

/// <summary>
/// WeCom app messages (textcard with a link) to bureau staff, by member userid, with the app's own token. The token is
/// the configured agent's: a message whose sender is another agent is refused, never sent in the wrong name.
/// </summary>
public sealed class WeComAppChannel : IMessageChannel, IDisposable
{
    private readonly WeComOptions _options;
    private readonly ILogger<WeComAppChannel> _logger;
    private readonly TokenAuthorizedSender _sender;

    public WeComAppChannel(HttpClient http, AccessTokenCache tokens, WeComOptions options, TimeProvider clock, ILogger<WeComAppChannel> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = logger;
        _sender = new TokenAuthorizedSender(
            http,
            tokens,
            new WeComTokenIssuer(http, options),
            WeComErrorCodes.TokenRejected,
            new SendPacing(options.MessagesPerSecond, options.BusyRetries, options.BusyRetryDelay),
            clock);
    }

    public ChannelKind Kind => ChannelKind.WeCom;

    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Content is not WeComTextCardContent content)
        {
            throw new ArgumentException($"The WeCom channel sends text cards, not {message.Content.GetType().Name}.", nameof(message));
        }

        if (message.Sender?.WeComAgentId is { } agentId && _options.AgentId > 0 && agentId != _options.AgentId)
        {
            return new SendResult(SendOutcome.TechnicalFailure, ErrorCode: "other-agent", Reason: $"The message is for WeCom agent {agentId}; this app holds the secret of agent {_options.AgentId} only.");
        }

        var body = WeComTextCardRequest.Serialize(message.Address, _options.AgentId, content);
        var result = await ChannelCalls.SendAsync(
            _sender,
            token => new HttpRequestMessage(HttpMethod.Post, TencentApi.Endpoint(_options.BaseUrl, $"cgi-bin/message/send?access_token={Uri.EscapeDataString(token)}"))
            {
                Content = TencentApi.Json(body),
            },
            reply => WeComSendResults.From(reply, message.Address, _options),
            "WeCom",
            cancellationToken);
        _logger.LogInformation("WeCom app message {DeliveryId}: {Outcome} {ErrorCode}", message.DeliveryId, result.Outcome, result.ErrorCode);
        return result;
    }

    public void Dispose() => _sender.Dispose();
}
