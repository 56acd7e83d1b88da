using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;

namespace Notify.Functions.Hosting;

/// <summary>
/// Every <c>[Function]</c> method of this app, found by reflection over the attributes the Worker SDK also reads,
/// so the local host, the API-key middleware and replay all see the functions Azure runs.
/// </summary>
public static class FunctionIndex
{
    private static readonly Lazy<IReadOnlyList<FunctionDescriptor>> LazyAll = new(() => Scan(typeof(FunctionIndex).Assembly));

    public static IReadOnlyList<FunctionDescriptor> All => LazyAll.Value;

    public static FunctionDescriptor? Find(string name) =>
        All.FirstOrDefault(function => string.Equals(function.Name, name, StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyList<FunctionDescriptor> Scan(Assembly assembly)
    {
        var functions = assembly.GetExportedTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Select(method => (method, attribute: method.GetCustomAttribute<FunctionAttribute>()))
            .Where(pair => pair.attribute is not null)
            .Select(pair => Describe(pair.method))
            .OrderBy(function => function.Name, StringComparer.Ordinal)
            .ToList();
        var duplicate = functions.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? functions
            : throw new InvalidOperationException($"Two functions are named {duplicate.Key}; function names must be unique.");
    }

    internal static bool IsTriggerParameter(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<HttpTriggerAttribute>() is not null
        || parameter.GetCustomAttribute<QueueTriggerAttribute>() is not null
        || parameter.GetCustomAttribute<TimerTriggerAttribute>() is not null;

    /// <summary>Describes one <c>[Function]</c> method.</summary>
    public static FunctionDescriptor Describe(MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(method);
        var name = method.GetCustomAttribute<FunctionAttribute>()?.Name
            ?? throw new InvalidOperationException($"{method.DeclaringType!.Name}.{method.Name} has no [Function] attribute.");
        var triggers = method.GetParameters().Where(IsTriggerParameter).ToList();
        if (triggers.Count != 1)
        {
            throw new InvalidOperationException($"{method.DeclaringType!.Name}.{method.Name} ({name}) must have exactly one trigger parameter.");
        }

        var trigger = Trigger(triggers[0]);
        var access = trigger is HttpEndpoint ? ApiAccess.Of(method) : null;
        return new FunctionDescriptor(name, method.DeclaringType!, method, trigger, access);
    }

    private static FunctionTrigger Trigger(ParameterInfo parameter)
    {
        if (parameter.GetCustomAttribute<HttpTriggerAttribute>() is { } http)
        {
            var methods = (http.Methods ?? []).Select(m => m.ToUpperInvariant()).ToList();
            return new HttpEndpoint(methods, http.Route ?? throw new InvalidOperationException($"HTTP function parameter {parameter.Name} needs a Route."));
        }

        if (parameter.GetCustomAttribute<QueueTriggerAttribute>() is { } queue)
        {
            return new QueueSource(queue.QueueName);
        }

        var timer = parameter.GetCustomAttribute<TimerTriggerAttribute>()!;
        return new TimerSchedule(timer.Schedule, timer.RunOnStartup);
    }
}
