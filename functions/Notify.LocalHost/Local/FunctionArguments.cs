using System.Globalization;
using System.Reflection;
using Notify.Functions.Hosting;

namespace Notify.LocalHost.Local;

/// <summary>
/// Builds the argument list of a <c>[Function]</c> method the way the isolated worker binds it: the trigger value,
/// route values by parameter name, and the cancellation token. Anything else cannot be bound here, and says so.
/// </summary>
public static class FunctionArguments
{
    public static object?[] Bind(FunctionDescriptor function, object trigger, IReadOnlyDictionary<string, object?> routeValues, CancellationToken cancellationToken) =>
        [.. function.Method.GetParameters().Select(parameter => Bind(function, parameter, trigger, routeValues, cancellationToken))];

    /// <summary>Runs the method and waits for it; exceptions come out as the function threw them.</summary>
    public static async Task<object?> InvokeAsync(FunctionDescriptor function, object? instance, object?[] arguments)
    {
        var returned = function.Method.Invoke(instance, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
        switch (returned)
        {
            case Task task:
                await task;
                return task.GetType().IsGenericType ? task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task) : null;
            default:
                return returned;
        }
    }

    private static object? Bind(
        FunctionDescriptor function, ParameterInfo parameter, object trigger, IReadOnlyDictionary<string, object?> routeValues, CancellationToken cancellationToken)
    {
        if (parameter == function.TriggerParameter)
        {
            return trigger;
        }

        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return cancellationToken;
        }

        if (routeValues.TryGetValue(parameter.Name!, out var value))
        {
            return ConvertRouteValue(value, parameter.ParameterType);
        }

        throw new InvalidOperationException(
            $"{function.Name}: the local host cannot bind parameter '{parameter.Name}' ({parameter.ParameterType.Name}); "
            + "functions take their trigger, route values and a CancellationToken, and services through the constructor.");
    }

    private static object? ConvertRouteValue(object? value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return value is null || target.IsInstanceOfType(value)
            ? value
            : Convert.ChangeType(Convert.ToString(value, CultureInfo.InvariantCulture), target, CultureInfo.InvariantCulture);
    }
}
