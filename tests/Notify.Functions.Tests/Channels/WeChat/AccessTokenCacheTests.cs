using Notify.Functions.Channels.AccessTokens;

namespace Notify.Functions.Tests.Channels.WeChat;

public sealed class AccessTokenCacheTests : IDisposable
{
    private readonly TencentChannelHarness _harness = new();

    [Fact]
    public async Task GetAsync_TwoInstancesFetchingAtOnce_BothUseTheStoredToken()
    {
        var issuer = new CountingIssuer(TimeSpan.FromHours(2), TimeSpan.FromMilliseconds(200));
        var first = _harness.NewInstanceCache();
        var second = _harness.NewInstanceCache();

        var tokens = await Task.WhenAll(first.GetAsync(issuer, CancellationToken.None), second.GetAsync(issuer, CancellationToken.None));

        Assert.Equal(tokens[0], tokens[1]);
        Assert.Equal(tokens[0], await _harness.NewInstanceCache().GetAsync(issuer, CancellationToken.None));
    }

    [Fact]
    public async Task RefreshAsync_AnotherInstanceAlreadyRefreshed_UsesItsTokenWithoutFetching()
    {
        var issuer = new CountingIssuer(TimeSpan.FromHours(2));
        var first = _harness.NewInstanceCache();
        var second = _harness.NewInstanceCache();
        var old = await first.GetAsync(issuer, CancellationToken.None);
        Assert.Equal(old, await second.GetAsync(issuer, CancellationToken.None));

        var refreshed = await first.RefreshAsync(issuer, old, CancellationToken.None);
        var seenBySecond = await second.RefreshAsync(issuer, old, CancellationToken.None);

        Assert.NotEqual(old, refreshed);
        Assert.Equal(refreshed, seenBySecond);
        Assert.Equal(2, issuer.Calls);
    }

    [Fact]
    public async Task GetAsync_TokenExpired_FetchesAgain()
    {
        var issuer = new CountingIssuer(TimeSpan.FromMinutes(30));
        var cache = _harness.NewInstanceCache();
        var first = await cache.GetAsync(issuer, CancellationToken.None);

        _harness.Clock.Advance(TimeSpan.FromMinutes(31));
        var second = await cache.GetAsync(issuer, CancellationToken.None);

        Assert.NotEqual(first, second);
        Assert.Equal(2, issuer.Calls);
    }

    public void Dispose() => _harness.Dispose();

    private sealed class CountingIssuer(TimeSpan lifetime, TimeSpan? delay = null) : IAccessTokenIssuer
    {
        private int _calls;

        public string CacheKey { get; } = $"test-{Guid.NewGuid():N}";

        public int Calls => _calls;

        public async Task<IssuedAccessToken> IssueAsync(CancellationToken cancellationToken)
        {
            var call = Interlocked.Increment(ref _calls);
            if (delay is { } wait)
            {
                await Task.Delay(wait, cancellationToken);
            }

            return new IssuedAccessToken($"token-{call}-{Guid.NewGuid():N}", lifetime);
        }
    }
}
