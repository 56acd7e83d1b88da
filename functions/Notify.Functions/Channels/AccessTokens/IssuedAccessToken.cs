namespace Notify.Functions.Channels.AccessTokens;

/// <summary>A token as the provider issued it: its value (a secret) and how long it stays valid from now.</summary>
public sealed record IssuedAccessToken(string Value, TimeSpan ExpiresIn)
{
    public override string ToString() => $"access token valid for {ExpiresIn}";
}
