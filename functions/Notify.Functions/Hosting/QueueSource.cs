namespace Notify.Functions.Hosting;

/// <summary>The storage queue a function takes its messages from; failed messages end in "&lt;queue&gt;-poison".</summary>
public sealed record QueueSource(string QueueName) : FunctionTrigger
{
    public string PoisonQueueName => QueueName + "-poison";
}
