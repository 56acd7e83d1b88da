namespace Notify.Functions.Channels.AccessTokens;

/// <summary>Reads {"access_token","expires_in"} token replies, turning every failure into an <see cref="AccessTokenException"/> without the secret.</summary>
public static class TokenReplies
{
    public static async Task<IssuedAccessToken> ReadAsync(HttpClient http, HttpRequestMessage request, string provider, CancellationToken cancellationToken)
    {
        TencentApiReply? reply;
        try
        {
            reply = await TencentApi.SendAsync(http, request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new AccessTokenException($"The {provider} token endpoint could not be reached.", null, isTransient: true, exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AccessTokenException($"The {provider} token endpoint timed out.", null, isTransient: true, exception);
        }

        if (TencentApi.IsBusy(reply))
        {
            throw new AccessTokenException($"The {provider} token endpoint is busy.", reply?.ErrorCode.ToString(System.Globalization.CultureInfo.InvariantCulture), isTransient: true);
        }

        if (!reply!.IsSuccess || reply.String("access_token") is not { Length: > 0 } token)
        {
            var code = reply.ErrorCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            throw new AccessTokenException($"{provider} refused the access token request: errcode {code} ({reply.ErrorMessage}).", code, isTransient: false);
        }

        return new IssuedAccessToken(token, TimeSpan.FromSeconds(reply.Int64("expires_in") ?? 7200));
    }
}
