namespace Notify.Functions.Hosting;

/// <summary>A timer-triggered function. A failed run is not retried; the next occurrence runs as scheduled.</summary>
public interface ITimerFunction : IFunction
{
    Task RunAsync(TimerInfo timer, CancellationToken cancellationToken);
}
