namespace Notify.Functions.Hosting;

/// <summary>A queue message that does not match the function's message contract.</summary>
public sealed class InvalidQueueMessageException(string functionName, Type contract, string reason)
    : Exception($"{functionName} cannot read its message as {contract.Name}: {reason}")
{
    public string FunctionName { get; } = functionName;
}
