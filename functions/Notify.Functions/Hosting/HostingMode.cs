namespace Notify.Functions.Hosting;

/// <summary>Who runs the functions: the Azure Functions host (the isolated worker) or Notify's local host.</summary>
public enum HostingMode
{
    Local,
    FunctionsHost,
}
