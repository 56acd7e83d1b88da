using System.Threading.RateLimiting;

namespace Notify.Functions.Channels.AccessTokens;

/// <summary>
/// Calls a WeChat or WeCom API that takes ?access_token=: paces calls to the configured rate, retries
/// "system busy" a few times, and when the token is rejected refreshes it once and sends once more.
/// Throws <see cref="AccessTokenException"/>, <see cref="HttpRequestException"/> or a timeout as they happen.
/// </summary>
public sealed class TokenAuthorizedSender : IDisposable
{
    private readonly HttpClient _http;
    private readonly AccessTokenCache _tokens;
    private readonly IAccessTokenIssuer _issuer;
    private readonly IReadOnlySet<int> _tokenRejectedCodes;
    private readonly int _busyRetries;
    private readonly TimeSpan _busyRetryDelay;
    private readonly TimeProvider _clock;
    private readonly SendPace _pace;

    public TokenAuthorizedSender(
        HttpClient http,
        AccessTokenCache tokens,
        IAccessTokenIssuer issuer,
        IReadOnlySet<int> tokenRejectedCodes,
        SendPacing pacing,
        TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(pacing);
        _http = http;
        _tokens = tokens;
        _issuer = issuer;
        _tokenRejectedCodes = tokenRejectedCodes;
        _busyRetries = Math.Max(0, pacing.BusyRetries);
        _busyRetryDelay = pacing.BusyRetryDelay;
        _clock = clock;
        _pace = new SendPace(pacing.MessagesPerSecond);
    }

    /// <summary>Sends the request <paramref name="createRequest"/> builds for a token; null when the provider stayed busy.</summary>
    public async Task<TencentApiReply?> SendAsync(Func<string, HttpRequestMessage> createRequest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(createRequest);
        var token = await _tokens.GetAsync(_issuer, cancellationToken);
        var reply = await SendRetryingBusyAsync(createRequest, token, cancellationToken);
        if (reply is not null && _tokenRejectedCodes.Contains(reply.ErrorCode))
        {
            token = await _tokens.RefreshAsync(_issuer, token, cancellationToken);
            reply = await SendRetryingBusyAsync(createRequest, token, cancellationToken);
        }

        return reply;
    }

    private async Task<TencentApiReply?> SendRetryingBusyAsync(Func<string, HttpRequestMessage> createRequest, string token, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            using (await _pace.WaitAsync(cancellationToken))
            {
            }

            using var request = createRequest(token);
            var reply = await TencentApi.SendAsync(_http, request, cancellationToken);
            if (!TencentApi.IsBusy(reply) || attempt >= _busyRetries)
            {
                return reply;
            }

            await Task.Delay(_busyRetryDelay, _clock, cancellationToken);
        }
    }

    public void Dispose() => _pace.Dispose();
}
