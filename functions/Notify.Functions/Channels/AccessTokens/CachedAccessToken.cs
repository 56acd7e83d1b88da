namespace Notify.Functions.Channels.AccessTokens;

/// <summary>A token with the moment it stops working.</summary>
public sealed record CachedAccessToken(string Value, DateTimeOffset ExpiresAt)
{
    public override string ToString() => $"access token valid until {ExpiresAt:O}";
}
