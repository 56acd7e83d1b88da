namespace Notify.Functions.Hosting;

/// <summary>How a function is started: <see cref="QueueTrigger"/>, <see cref="TimerTrigger"/> or <see cref="HttpTrigger"/>.</summary>
public abstract record FunctionTrigger;
