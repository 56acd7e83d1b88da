namespace Notify.Functions.Hosting;

/// <summary>Runs the function once per message on a storage queue (binding name "message").</summary>
public sealed record QueueTrigger(string QueueName) : FunctionTrigger
{
    public const string BindingName = "message";

    public string PoisonQueueName => QueueName + "-poison";
}
