namespace Notify.Functions.Hosting;

/// <summary>
/// How a function is started, as read from its trigger attribute: <see cref="HttpEndpoint"/>,
/// <see cref="QueueSource"/> or <see cref="TimerSchedule"/>.
/// </summary>
public abstract record FunctionTrigger;
