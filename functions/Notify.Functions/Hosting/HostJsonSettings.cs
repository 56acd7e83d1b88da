namespace Notify.Functions.Hosting;

/// <summary>The parts of host.json the app honours itself.</summary>
public sealed record HostJsonSettings
{
    public QueueTriggerOptions Queues { get; init; } = new();

    /// <summary>extensions.http.routePrefix: the path below which HTTP functions are served ("api").</summary>
    public string RoutePrefix { get; init; } = "api";

    public TimeSpan? FunctionTimeout { get; init; }

    /// <summary>Where the settings were read from, or null when no host.json was found and defaults apply.</summary>
    public string? SourcePath { get; init; }
}
