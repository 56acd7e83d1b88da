using System.Collections.Concurrent;
using Azure.Core;

namespace Notify.Storage.Tests.Fakes;

/// <summary>A TokenCredential that hands out a fixed token and records the scopes it was asked for.</summary>
public sealed class RecordingTokenCredential(string token, TimeProvider clock) : TokenCredential
{
    public ConcurrentQueue<string> RequestedScopes { get; } = new();

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        foreach (var scope in requestContext.Scopes)
        {
            RequestedScopes.Enqueue(scope);
        }

        return new AccessToken(token, clock.GetUtcNow().AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
