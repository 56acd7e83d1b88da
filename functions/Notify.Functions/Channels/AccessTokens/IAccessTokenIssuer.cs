namespace Notify.Functions.Channels.AccessTokens;

/// <summary>Asks one provider app (a WeChat Official Account, a WeCom app) for an access token.</summary>
public interface IAccessTokenIssuer
{
    /// <summary>Identifies the provider and app (never the secret); the token table's partition key.</summary>
    string CacheKey { get; }

    /// <summary>Fetches a token; throws <see cref="AccessTokenException"/> when the provider refuses or cannot be reached.</summary>
    Task<IssuedAccessToken> IssueAsync(CancellationToken cancellationToken);
}
