namespace Notify.Functions.Hosting;

/// <summary>How the app is triggered: by the Azure Functions host (custom handler) or by itself (local).</summary>
public enum HostingMode
{
    Local,
    CustomHandler,
}
