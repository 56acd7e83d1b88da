using System.Reflection;
using Notify.Functions.Access;

namespace Notify.Functions.Hosting;

/// <summary>
/// One <c>[Function]</c> method of the app: its name, class, method, trigger and, for HTTP functions, who may call it.
/// The Worker SDK reads the same attributes to write functions.metadata.
/// </summary>
public sealed record FunctionDescriptor(string Name, Type ImplementationType, MethodInfo Method, FunctionTrigger Trigger, ApiAccess? Access)
{
    /// <summary>The parameter that carries the trigger's payload (the request, the message or the timer).</summary>
    public ParameterInfo TriggerParameter { get; } = Method.GetParameters().Single(FunctionIndex.IsTriggerParameter);
}
