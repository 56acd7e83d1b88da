namespace Notify.Functions.Hosting;

/// <summary>
/// An HTTP-triggered function: its handler is an ASP.NET Core minimal-API delegate, so parameters
/// are bound from the route, query, body and services as usual.
/// </summary>
public interface IHttpFunction : IFunction
{
    static abstract Delegate Handler { get; }
}
