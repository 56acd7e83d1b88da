using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Notify.Functions.Access;
using Notify.Functions.Hosting.CustomHandler;
using Notify.Functions.Storage;

namespace Notify.Functions.Hosting;

/// <summary>Builds the web app in the mode its environment asks for.</summary>
public static class NotifyApp
{
    private const long MaxRequestBodyBytes = 64 * 1024 * 1024;

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null, IEnumerable<FunctionDefinition>? functions = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        configure?.Invoke(builder);

        var environment = HostingEnvironment.From(builder.Configuration);
        var hostJsonPath = HostJsonReader.Locate(builder.Configuration["Notify:HostJson"]);
        var hostJson = hostJsonPath is null ? new HostJsonSettings() : HostJsonReader.ReadFile(hostJsonPath);
        builder.Services.AddNotify(builder.Configuration, environment, hostJson, functions ?? NotifyFunctions.All);
        builder.Services.AddProblemDetails();
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorization();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        if (environment.Mode == HostingMode.CustomHandler)
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{environment.CustomHandlerPort}");
        }
        else if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(HostingEnvironment.LocalUrl);
        }

        var app = builder.Build();
        // Resolve storage now, so a malformed connection setting fails at start rather than at first use.
        _ = app.Services.GetRequiredService<StorageClients>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        var catalog = app.Services.GetRequiredService<FunctionCatalog>();
        var prefix = string.IsNullOrEmpty(hostJson.RoutePrefix) ? "" : "/" + hostJson.RoutePrefix;
        foreach (var function in catalog.HttpFunctions)
        {
            var trigger = (HttpTrigger)function.Declaration.Trigger;
            var endpoint = app.MapMethods($"{prefix}/{trigger.Route}", [trigger.Method], function.HttpHandler!).WithName(function.Name);
            if (trigger.Roles is null)
            {
                endpoint.AllowAnonymous();
            }
            else if (trigger.Roles.Count == 0)
            {
                endpoint.RequireAuthorization();
            }
            else
            {
                endpoint.RequireAuthorization(new AuthorizeAttribute { Roles = string.Join(",", trigger.Roles.Select(ApiRoles.Name)) });
            }
        }

        if (environment.Mode == HostingMode.CustomHandler)
        {
            app.MapCustomHandlerEndpoints(catalog);
        }

        app.Lifetime.ApplicationStarted.Register(() => DescribeStartup(app, environment, hostJson, catalog));
        return app;
    }

    /// <summary>
    /// Creates missing queues, tables and containers and seeds the default templates.
    /// Throws what <see cref="StorageFailures.IsUnreachable"/> recognises when storage does not answer.
    /// </summary>
    public static async Task PrepareStorageAsync(WebApplication app, CancellationToken cancellationToken)
    {
        await app.Services.GetRequiredService<StorageProvisioner>().EnsureAsync(cancellationToken);
        await app.Services.GetRequiredService<Templates.TemplateSeeder>().SeedAsync(cancellationToken);
    }

    private static void DescribeStartup(WebApplication app, HostingEnvironment environment, HostJsonSettings hostJson, FunctionCatalog catalog)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Notify");
        var storage = app.Services.GetRequiredService<StorageClients>();
        var address = app.Urls.FirstOrDefault() ?? "?";
        logger.LogInformation("Notify is running ({Mode}) at {Address}; storage account {Account} (blob {Blob}, queue {Queue}, table {Table}); host.json {HostJson}",
            environment.Mode, address, storage.AccountName, storage.BlobEndpoint, storage.QueueEndpoint, storage.TableEndpoint,
            hostJson.SourcePath ?? "not found, Functions defaults apply");
        foreach (var function in catalog.All)
        {
            logger.LogInformation("  {Function}: {Trigger}", function.Name, Describe(function.Declaration.Trigger, hostJson.RoutePrefix));
        }
    }

    private static string Describe(FunctionTrigger trigger, string routePrefix) => trigger switch
    {
        HttpTrigger http => $"{http.Method} /{routePrefix}/{http.Route}",
        QueueTrigger queue => $"queue {queue.QueueName}",
        TimerTrigger timer => $"timer {timer.Schedule} (UTC)",
        _ => trigger.ToString(),
    };
}
