using Notify.Functions.Hosting;
using Notify.Functions.Storage;

namespace Notify.LocalHost.Local;

/// <summary>
/// Builds Notify as the local host runs it: the app's services, its HTTP functions on ASP.NET Core routes, and its
/// queue and timer triggers run by <see cref="LocalTriggerHost"/> against the configured storage (Azurite by default).
/// </summary>
public static class NotifyApp
{
    /// <summary>How console log lines stamp their time: UTC, marked "Z", so it is never mistaken for business time (+08:00).</summary>
    public const string LogTimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z' ";

    private const long MaxRequestBodyBytes = 64 * 1024 * 1024;

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null, FunctionCatalog? functions = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.AddSimpleConsole(console =>
        {
            console.UseUtcTimestamp = true;
            console.TimestampFormat = LogTimestampFormat;
        });

        // Its "Request starting" lines hold whole URLs, and providers put personal data in them (WeChat's pushes carry the openid).
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        configure?.Invoke(builder);

        var catalog = functions ?? FunctionCatalog.App;
        builder.Services.AddNotify(builder.Configuration, HostingEnvironment.Local);
        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton(builder.Configuration.GetSection("Notify:LocalHost").Get<LocalHostOptions>() ?? new LocalHostOptions());
        builder.Services.AddSingleton<StorageOutage>();
        builder.Services.AddSingleton<FunctionInvoker>();
        builder.Services.AddHostedService<LocalTriggerHost>();
        builder.Services.AddProblemDetails();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(HostingEnvironment.LocalUrl);
        }

        var app = builder.Build();
        // Resolve storage now, so a malformed connection setting fails at start rather than at first use.
        _ = app.Services.GetRequiredService<StorageClients>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        var hostJson = app.Services.GetRequiredService<HostJsonSettings>();
        LocalHttpEndpoints.Map(app, catalog, hostJson.RoutePrefix);
        app.Lifetime.ApplicationStarted.Register(() => DescribeStartup(app, hostJson, catalog));
        return app;
    }

    /// <summary>
    /// Creates missing queues, tables and containers and seeds the default templates.
    /// Throws what <see cref="StorageFailures.IsUnreachable"/> recognises when storage does not answer.
    /// </summary>
    public static async Task PrepareStorageAsync(WebApplication app, CancellationToken cancellationToken)
    {
        await app.Services.GetRequiredService<StorageProvisioner>().EnsureAsync(cancellationToken);
        await app.Services.GetRequiredService<Functions.Templates.TemplateSeeder>().SeedAsync(cancellationToken);
    }

    private static void DescribeStartup(WebApplication app, HostJsonSettings hostJson, FunctionCatalog catalog)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Notify");
        var storage = app.Services.GetRequiredService<StorageClients>();
        var address = app.Urls.FirstOrDefault() ?? "?";
        logger.LogInformation("Notify is running (local host) at {Address}; storage account {Account} (blob {Blob}, queue {Queue}, table {Table}); host.json {HostJson}",
            address, storage.AccountName, storage.BlobEndpoint, storage.QueueEndpoint, storage.TableEndpoint,
            hostJson.SourcePath ?? "not found, Functions defaults apply");
        foreach (var function in catalog.All)
        {
            logger.LogInformation("  {Function}: {Trigger}", function.Name, Describe(function.Trigger, hostJson.RoutePrefix));
        }
    }

    private static string Describe(FunctionTrigger trigger, string routePrefix) => trigger switch
    {
        HttpEndpoint http => $"{string.Join(",", http.Methods)} /{routePrefix}/{http.Route}",
        QueueSource queue => $"queue {queue.QueueName}",
        TimerSchedule timer => $"timer {timer.Schedule} (UTC)",
        _ => trigger.ToString(),
    };
}
