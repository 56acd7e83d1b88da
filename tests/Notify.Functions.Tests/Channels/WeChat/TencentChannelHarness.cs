using Microsoft.Extensions.Logging;
using Notify.Functions.Channels.AccessTokens;
using Notify.Functions.Storage;
using Notify.Functions.Tests.Support;
using Notify.Testing;

namespace Notify.Functions.Tests.Channels.WeChat;

/// <summary>What the WeChat and WeCom channel tests share: the test clock, captured logs, and token caches that act as separate instances over one table.</summary>
public sealed class TencentChannelHarness : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    public TencentChannelHarness()
    {
        LoggerFactory = Microsoft.Extensions.Logging.LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        TestAccount.Clients.GetTableClient(Tables.AccessTokens).CreateIfNotExistsAsync().GetAwaiter().GetResult();
    }

    public ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 2, 25, 2, 0, 0, TimeSpan.Zero));

    public CapturingLoggerProvider Logs { get; } = new();

    public ILoggerFactory LoggerFactory { get; }

    /// <summary>A token cache with its own memory, as another Function instance would have; the table is shared.</summary>
    public AccessTokenCache NewInstanceCache() => new(TestAccount.Clients, Clock, LoggerFactory.CreateLogger<AccessTokenCache>());

    public T Own<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    public HttpClient NewHttpClient() => Own(new HttpClient());

    public string AllLogs => string.Join('\n', Logs.Lines);

    public void Dispose()
    {
        foreach (var disposable in _owned)
        {
            disposable.Dispose();
        }

        LoggerFactory.Dispose();
    }
}
