using Notify.Core.Channels;

namespace Notify.Functions.Channels.AccessTokens;

/// <summary>Turns what can go wrong around a WeChat/WeCom call (no token, network, timeout) into a <see cref="SendResult"/>.</summary>
public static class ChannelCalls
{
    public static async Task<SendResult> SendAsync(
        TokenAuthorizedSender sender,
        Func<string, HttpRequestMessage> createRequest,
        Func<TencentApiReply?, SendResult> map,
        string provider,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(map);
        try
        {
            return map(await sender.SendAsync(createRequest, cancellationToken));
        }
        catch (AccessTokenException exception)
        {
            return new SendResult(
                exception.IsTransient ? SendOutcome.TemporaryFailure : SendOutcome.TechnicalFailure,
                ErrorCode: exception.ErrorCode,
                Reason: exception.Message);
        }
        catch (HttpRequestException)
        {
            return new SendResult(SendOutcome.TemporaryFailure, Reason: $"{provider} could not be reached");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new SendResult(SendOutcome.TemporaryFailure, Reason: $"{provider} timed out");
        }
    }
}
