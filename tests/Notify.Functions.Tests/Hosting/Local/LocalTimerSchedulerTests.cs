using System.Collections.Concurrent;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Notify.Functions.Hosting;
using Notify.LocalHost.Local;
using Notify.Functions.Tests.Support;
using Notify.Testing;

namespace Notify.Functions.Tests.Hosting.Local;

public sealed class LocalTimerSchedulerTests
{
    [Fact]
    public async Task RunAsync_SimulatedClock_FiresAtEachOccurrenceAndReportsPastDue()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 22, 10, 2, 0, TimeSpan.Zero));
        var runs = new ConcurrentQueue<(DateTimeOffset At, TimerInfo Timer)>();
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton(runs)
            .AddScoped<EveryFiveMinutes>()
            .AddSingleton<StorageOutage>()
            .AddSingleton<FunctionInvoker>()
            .BuildServiceProvider();
        var scheduler = new LocalTimerScheduler(FunctionIndex.Describe(typeof(EveryFiveMinutes).GetMethod(nameof(EveryFiveMinutes.RunAsync))!), services.GetRequiredService<FunctionInvoker>(),
            clock, services.GetRequiredService<ILogger<LocalTimerScheduler>>());
        using var stop = new CancellationTokenSource();
        var running = Task.Run(() => scheduler.RunAsync(stop.Token));

        await Task.Delay(200);
        Assert.Empty(runs);

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 22, 10, 4, 59, TimeSpan.Zero));
        await Task.Delay(200);
        Assert.Empty(runs);

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 22, 10, 5, 0, TimeSpan.Zero));
        await Eventually.ReturnsAsync(() => runs.Count, n => n == 1, "the 10:05 run");
        var first = runs.Single();
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 5, 0, TimeSpan.Zero), first.At);
        Assert.False(first.Timer.IsPastDue);
        Assert.Equal(new DateTime(2026, 11, 22, 10, 10, 0, DateTimeKind.Utc), first.Timer.ScheduleStatus!.Next);

        // The clock jumps over 10:10 and 10:15 (a suspended host): one late run, flagged past due.
        await Task.Delay(100);
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 22, 10, 17, 0, TimeSpan.Zero));
        await Eventually.ReturnsAsync(() => runs.Count, n => n == 2, "the late 10:10 run");
        Assert.True(runs.Last().Timer.IsPastDue);

        await stop.CancelAsync();
        await running;
        Assert.Equal(2, runs.Count);
    }

    [Fact]
    public void Constructor_InvalidSchedule_FailsAtStartNotAtFirstRun()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UnixEpoch);
        using var services = new ServiceCollection().AddLogging().AddSingleton<StorageOutage>().AddSingleton<FunctionInvoker>().BuildServiceProvider();

        var exception = Assert.Throws<NCrontab.CrontabException>(() => new LocalTimerScheduler(FunctionIndex.Describe(typeof(BadSchedule).GetMethod(nameof(BadSchedule.RunAsync))!),
            services.GetRequiredService<FunctionInvoker>(), clock, services.GetRequiredService<ILogger<LocalTimerScheduler>>()));

        Assert.Contains("[Minute]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_StorageUnreachableAtEveryRun_SaysSoOnceWithoutAFailurePerRun()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 22, 10, 2, 0, TimeSpan.Zero));
        var attempts = new ConcurrentQueue<DateTimeOffset>();
        using var logs = new CapturingLoggerProvider();
        await using var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(logs))
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton(attempts)
            .AddScoped<StorageDownEveryFiveMinutes>()
            .AddSingleton<StorageOutage>()
            .AddSingleton<FunctionInvoker>()
            .BuildServiceProvider();
        var scheduler = new LocalTimerScheduler(FunctionIndex.Describe(typeof(StorageDownEveryFiveMinutes).GetMethod(nameof(StorageDownEveryFiveMinutes.RunAsync))!),
            services.GetRequiredService<FunctionInvoker>(), clock, services.GetRequiredService<ILogger<LocalTimerScheduler>>());
        using var stop = new CancellationTokenSource();
        var running = Task.Run(() => scheduler.RunAsync(stop.Token));

        foreach (var (minute, runs) in new[] { (5, 1), (10, 2), (15, 3) })
        {
            await Task.Delay(100);
            clock.SetUtcNow(new DateTimeOffset(2026, 11, 22, 10, minute, 0, TimeSpan.Zero));
            await Eventually.ReturnsAsync(() => attempts.Count, n => n == runs, $"the 10:{minute:00} run");
        }

        await stop.CancelAsync();
        await running;
        var outage = Assert.Single(logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) || line.StartsWith("Error", StringComparison.Ordinal));
        Assert.Equal("Warning Notify.LocalHost.Local.StorageOutage: Storage is unreachable at the storage account: Connection refused (127.0.0.1:10002). "
            + "Polling goes on quietly; one line follows when storage answers again", outage);
    }

    public sealed class StorageDownEveryFiveMinutes(ConcurrentQueue<DateTimeOffset> attempts, TimeProvider clock)
    {
        [Function(nameof(StorageDownEveryFiveMinutes))]
        public Task RunAsync([TimerTrigger("0 */5 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
        {
            attempts.Enqueue(clock.GetUtcNow());
            throw new HttpRequestException("Connection refused (127.0.0.1:10002)");
        }
    }

    public sealed class EveryFiveMinutes(ConcurrentQueue<(DateTimeOffset, TimerInfo)> runs, TimeProvider clock)
    {
        [Function(nameof(EveryFiveMinutes))]
        public Task RunAsync([TimerTrigger("0 */5 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
        {
            runs.Enqueue((clock.GetUtcNow(), timer));
            return Task.CompletedTask;
        }
    }

    public sealed class BadSchedule
    {
        [Function(nameof(BadSchedule))]
        public Task RunAsync([TimerTrigger("0 61 * * * *")] TimerInfo timer, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
