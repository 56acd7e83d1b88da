using System.Collections.Concurrent;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Notify.Functions.Hosting;
using Notify.Functions.Storage;
using Notify.LocalHost.Local;
using Notify.Functions.Tests.Support;
using Notify.Testing;

namespace Notify.Functions.Tests.Hosting.Local;

public sealed class LocalQueueListenerTests
{
    private static readonly LocalHostOptions ShortLease = new() { MessageLease = TimeSpan.FromSeconds(20) };

    [Fact]
    public async Task RunAsync_FunctionAlwaysFails_PoisonsAfterExactlyMaxDequeueCountAttempts()
    {
        var options = new QueueTriggerOptions { BatchSize = 4, NewBatchThreshold = 2, MaxDequeueCount = 3, MaxPollingInterval = TimeSpan.FromMilliseconds(200) };
        var recorder = new InvocationRecorder();
        await using var listener = await ListenerHost.StartAsync<AlwaysFailingFunction>(options, recorder);
        await listener.Queue.SendMessageAsync("""{"id":"msg-1","delayMs":0}""");

        var poisoned = await Eventually.ReturnsAsync(() => listener.PeekPoisonAsync(), m => m.Count == 1, "the message to reach the poison queue");

        Assert.Equal("""{"id":"msg-1","delayMs":0}""", poisoned[0].Body.ToString());
        Assert.Equal(3, recorder.Count("msg-1"));
        Assert.Equal(0, await listener.Queue.GetApproximateMessageCountAsync());
        Assert.Contains(listener.Logs.Lines, line => line.Contains("-poison after 3 attempts: the work failed on purpose", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_MessageIsNotJson_IsPoisonedWithTheReasonLoggedAndTheHostKeepsRunning()
    {
        var options = new QueueTriggerOptions { BatchSize = 2, NewBatchThreshold = 1, MaxDequeueCount = 2, MaxPollingInterval = TimeSpan.FromMilliseconds(200) };
        var recorder = new InvocationRecorder();
        await using var listener = await ListenerHost.StartAsync<RecordingFunction>(options, recorder);
        await listener.Queue.SendMessageAsync("this is not json");

        await Eventually.ReturnsAsync(() => listener.PeekPoisonAsync(), m => m.Count == 1, "the broken message to be poisoned");
        await listener.Queue.SendMessageAsync("""{"id":"after","delayMs":0}""");
        await Eventually.ReturnsAsync(() => recorder.Count("after"), n => n == 1, "a good message after the broken one");

        Assert.Contains(listener.Logs.Lines, line => line.Contains("cannot read its message as TestMessage", StringComparison.Ordinal)
            && line.Contains("-poison after 2 attempts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_MessageIsNotBase64_IsPoisonedNotLost()
    {
        var options = new QueueTriggerOptions { BatchSize = 2, NewBatchThreshold = 1, MaxDequeueCount = 1, MaxPollingInterval = TimeSpan.FromMilliseconds(200) };
        await using var listener = await ListenerHost.StartAsync<RecordingFunction>(options, new InvocationRecorder());
        var raw = new QueueClient(TestStorage.ConnectionString, listener.Queue.Name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        await raw.SendMessageAsync("%%% not base64 %%%");

        var poisoned = await Eventually.ReturnsAsync(() => listener.PeekPoisonAsync(), m => m.Count == 1, "the undecodable message to be poisoned");

        Assert.Equal("%%% not base64 %%%", poisoned[0].Body.ToString());
    }

    [Fact]
    public async Task RunAsync_QueueDeletedUnderIt_CreatesItAgainSaysSoOnceAndKeepsRunning()
    {
        var options = new QueueTriggerOptions { BatchSize = 2, NewBatchThreshold = 1, MaxDequeueCount = 2, MaxPollingInterval = TimeSpan.FromMilliseconds(100) };
        var recorder = new InvocationRecorder();
        await using var listener = await ListenerHost.StartAsync<RecordingFunction>(options, recorder);

        await listener.Queue.DeleteAsync();
        await Eventually.ReturnsAsync(async () => (await listener.Queue.ExistsAsync()).Value, exists => exists, "the queue to be created again");
        await listener.Queue.SendMessageAsync("""{"id":"after-restart","delayMs":0}""");
        await Eventually.ReturnsAsync(() => recorder.Count("after-restart"), n => n == 1, "a message on the queue created again");

        Assert.Single(listener.Logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("was missing", StringComparison.Ordinal));
        Assert.DoesNotContain(listener.Logs.Lines, line => line.Contains("Polling", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_ManySlowMessages_NeverRunsMoreThanBatchSizePlusThresholdAtOnce()
    {
        var options = new QueueTriggerOptions { BatchSize = 4, NewBatchThreshold = 2, MaxDequeueCount = 5, MaxPollingInterval = TimeSpan.FromMilliseconds(100) };
        var recorder = new InvocationRecorder();
        await using var listener = await ListenerHost.StartAsync<SlowFunction>(options, recorder);
        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => listener.Queue.SendMessageAsync($$"""{"id":"m{{i}}","delayMs":150}""")));

        await Eventually.ReturnsAsync(() => recorder.Total, n => n == 30, "all 30 messages to run");

        Assert.InRange(recorder.MaxConcurrency, options.BatchSize, options.BatchSize + options.NewBatchThreshold);
        Assert.Equal(0, await listener.Queue.GetApproximateMessageCountAsync());
    }

    [Fact]
    public async Task RunAsync_FunctionSucceeds_DeletesTheMessageOnce()
    {
        var options = new QueueTriggerOptions { BatchSize = 8, NewBatchThreshold = 4, MaxPollingInterval = TimeSpan.FromMilliseconds(200) };
        var recorder = new InvocationRecorder();
        await using var listener = await ListenerHost.StartAsync<RecordingFunction>(options, recorder);
        await listener.Queue.SendMessageAsync("""{"id":"中文-1","delayMs":0}""");

        await Eventually.ReturnsAsync(() => listener.Queue.GetApproximateMessageCountAsync(), n => n == 0 && recorder.Count("中文-1") == 1, "the message to be handled and deleted");
        await Task.Delay(500);

        Assert.Equal(1, recorder.Count("中文-1"));
        Assert.Empty(await listener.PeekPoisonAsync());
    }

    public sealed record TestMessage(string Id, int DelayMs);

    public sealed class InvocationRecorder
    {
        private readonly ConcurrentDictionary<string, int> _counts = new();
        private int _running;
        private int _maxConcurrency;
        private int _total;

        public int MaxConcurrency => Volatile.Read(ref _maxConcurrency);

        public int Total => Volatile.Read(ref _total);

        public int Count(string id) => _counts.GetValueOrDefault(id);

        public async Task RunAsync(TestMessage message, bool fail)
        {
            var running = Interlocked.Increment(ref _running);
            InterlockedMax(ref _maxConcurrency, running);
            try
            {
                await Task.Delay(message.DelayMs);
                _counts.AddOrUpdate(message.Id, 1, (_, n) => n + 1);
                Interlocked.Increment(ref _total);
                if (fail)
                {
                    throw new InvalidOperationException("the work failed on purpose");
                }
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int current;
            while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
            {
            }
        }
    }

    public sealed class AlwaysFailingFunction(InvocationRecorder recorder)
    {
        [Function(nameof(AlwaysFailingFunction))]
        public Task RunAsync([QueueTrigger("failing")] TestMessage message, CancellationToken cancellationToken) => recorder.RunAsync(message, fail: true);
    }

    public sealed class RecordingFunction(InvocationRecorder recorder)
    {
        [Function(nameof(RecordingFunction))]
        public Task RunAsync([QueueTrigger("recording")] TestMessage message, CancellationToken cancellationToken) => recorder.RunAsync(message, fail: false);
    }

    public sealed class SlowFunction(InvocationRecorder recorder)
    {
        [Function(nameof(SlowFunction))]
        public Task RunAsync([QueueTrigger("slow")] TestMessage message, CancellationToken cancellationToken) => recorder.RunAsync(message, fail: false);
    }

    /// <summary>One listener for one test function on a fresh queue, stopped and cleaned up on dispose.</summary>
    private sealed class ListenerHost : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly ServiceProvider _services;
        private Task _running = Task.CompletedTask;

        private ListenerHost(ServiceProvider services, QueueClient queue, QueueClient poison, CapturingLoggerProvider logs)
        {
            _services = services;
            Queue = queue;
            Poison = poison;
            Logs = logs;
        }

        public QueueClient Queue { get; }

        public QueueClient Poison { get; }

        public CapturingLoggerProvider Logs { get; }

        /// <summary>The poison queue's messages; none while the listener has not needed to create it.</summary>
        public async Task<IReadOnlyList<PeekedMessage>> PeekPoisonAsync()
        {
            try
            {
                return (await Poison.PeekMessagesAsync(32)).Value;
            }
            catch (RequestFailedException exception) when (exception.ErrorCode == nameof(QueueErrorCode.QueueNotFound))
            {
                return [];
            }
        }

        public static async Task<ListenerHost> StartAsync<TFunction>(QueueTriggerOptions options, InvocationRecorder recorder)
            where TFunction : class
        {
            // Each test gets a fresh queue: the attribute's name is replaced by a unique one.
            var trigger = new QueueSource(TestStorage.UniqueName(typeof(TFunction).Name));
            var definition = FunctionIndex.Describe(typeof(TFunction).GetMethod("RunAsync")!) with { Trigger = trigger };
            var logs = new CapturingLoggerProvider();
            var services = new ServiceCollection()
                .AddLogging(logging => logging.AddProvider(logs))
                .AddSingleton(recorder)
                .AddScoped<TFunction>()
                .AddSingleton<StorageOutage>()
                .AddSingleton<FunctionInvoker>()
                .BuildServiceProvider();
            var queue = TestAccount.Clients.GetQueueClient(trigger.QueueName);
            var poison = TestAccount.Clients.GetQueueClient(trigger.PoisonQueueName);
            await queue.CreateIfNotExistsAsync();
            var host = new ListenerHost(services, queue, poison, logs);
            var listener = new LocalQueueListener(definition, TestAccount.Clients, options, services.GetRequiredService<FunctionInvoker>(),
                ShortLease, services.GetRequiredService<StorageOutage>(), services.GetRequiredService<ILogger<LocalQueueListener>>());
            host._running = Task.Run(() => listener.RunAsync(host._stop.Token));
            return host;
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _running;
            await Queue.DeleteIfExistsAsync();
            await Poison.DeleteIfExistsAsync();
            await _services.DisposeAsync();
            _stop.Dispose();
        }
    }
}
