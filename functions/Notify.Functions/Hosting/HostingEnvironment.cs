namespace Notify.Functions.Hosting;

/// <summary>Where this process runs: under the Functions host (the worker) or as Notify's local host.</summary>
public sealed record HostingEnvironment(HostingMode Mode)
{
    public const string LocalUrl = "http://127.0.0.1:7071";

    public static HostingEnvironment Local { get; } = new(HostingMode.Local);

    public static HostingEnvironment FunctionsHost { get; } = new(HostingMode.FunctionsHost);
}
