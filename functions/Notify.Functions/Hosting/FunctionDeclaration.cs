using Notify.Functions.Access;

namespace Notify.Functions.Hosting;

/// <summary>
/// What a function is and how it is triggered, stated once. The Functions host's function.json,
/// the custom-handler endpoint and the local trigger host are all derived from it.
/// </summary>
public sealed record FunctionDeclaration(string Name, FunctionTrigger Trigger)
{
    public static FunctionDeclaration Queue(string name, string queueName) =>
        new(name, new QueueTrigger(queueName));

    public static FunctionDeclaration Timer(string name, string schedule, bool runOnStartup = false) =>
        new(name, new TimerTrigger(schedule, runOnStartup));

    /// <summary>An HTTP function that needs an API key with one of <paramref name="roles"/> (any role when none are given).</summary>
    public static FunctionDeclaration Http(string name, string method, string route, params ApiRole[] roles) =>
        new(name, new HttpTrigger(method, route, roles));

    /// <summary>An HTTP function anyone may call, such as the health check.</summary>
    public static FunctionDeclaration PublicHttp(string name, string method, string route) =>
        new(name, new HttpTrigger(method, route, Roles: null));
}
