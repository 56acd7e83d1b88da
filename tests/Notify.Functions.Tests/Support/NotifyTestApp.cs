using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Notify.Functions.Access;
using Notify.Functions.Hosting;
using Notify.Testing;

namespace Notify.Functions.Tests.Support;

/// <summary>The real app on a loopback port, in local or custom-handler mode, against the test Azurite.</summary>
public sealed class NotifyTestApp : IAsyncDisposable
{
    private NotifyTestApp(WebApplication app, Uri baseAddress, string apiKey)
    {
        App = app;
        BaseAddress = baseAddress;
        ApiKey = apiKey;
        Http = CreateClient(apiKey);
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    /// <summary>A client whose key holds every role.</summary>
    public HttpClient Http { get; }

    /// <summary>The every-role key <see cref="Http"/> sends.</summary>
    public string ApiKey { get; }

    public IServiceProvider Services => App.Services;

    public static async Task<NotifyTestApp> StartAsync(
        HostingMode mode,
        Action<IServiceCollection>? services = null,
        IDictionary<string, string?>? settings = null,
        bool prepareStorage = true)
    {
        var port = mode == HostingMode.CustomHandler ? FreePort() : 0;
        var configuration = new Dictionary<string, string?>
        {
            [StorageAccountFactory.Setting] = TestStorage.ConnectionString,
            ["urls"] = $"http://127.0.0.1:{port}",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (mode == HostingMode.CustomHandler)
        {
            configuration[HostingEnvironment.CustomHandlerPortVariable] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var app = NotifyApp.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(configuration);
            services?.Invoke(builder.Services);
        });
        if (prepareStorage)
        {
            await NotifyApp.PrepareStorageAsync(app, CancellationToken.None);
        }

        await app.StartAsync();
        var apiKey = prepareStorage ? await CreateKeyAsync(app.Services, Enum.GetValues<ApiRole>()) : "";
        return new NotifyTestApp(app, new Uri(app.Urls.First()), apiKey);
    }

    /// <summary>A client sending a fresh key with exactly <paramref name="roles"/>, or no key at all when none are given.</summary>
    public async Task<HttpClient> CreateClientAsync(params ApiRole[] roles) =>
        CreateClient(roles.Length == 0 ? null : await CreateKeyAsync(Services, roles));

    private HttpClient CreateClient(string? apiKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (!string.IsNullOrEmpty(apiKey))
        {
            client.DefaultRequestHeaders.Add(ApiKeyFormat.HeaderName, apiKey);
        }

        return client;
    }

    private static async Task<string> CreateKeyAsync(IServiceProvider services, IReadOnlyList<ApiRole> roles) =>
        (await services.GetRequiredService<ApiKeyStore>().CreateAsync("tests", roles, CancellationToken.None)).Key;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
