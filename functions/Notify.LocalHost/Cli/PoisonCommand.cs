using System.CommandLine;
using Notify.Functions.Admin;
using Spectre.Console;

namespace Notify.LocalHost.Cli;

/// <summary><c>poison list</c> and <c>poison replay QUEUE</c>: inspect and re-drive failed messages.</summary>
public static class PoisonCommand
{
    public static Command Create()
    {
        var list = new Command("list", "List poison queues and how many messages each holds.");
        list.SetAction((_, cancellationToken) => WithPoisonQueuesAsync(async (poison, ct) =>
        {
            var queues = await poison.ListAsync(ct);
            if (queues.Count == 0)
            {
                Console.WriteLine("No poison queues.");
                return 0;
            }

            var table = new Table()
                .AddColumn("poison queue").AddColumn(new TableColumn("messages").RightAligned()).AddColumn("replays to");
            foreach (var queue in queues)
            {
                table.AddRow(new Text(queue.PoisonQueue), new Text($"{queue.ApproximateCount}"), new Text(queue.SourceQueue));
            }

            TerminalAwareConsole.Create(Console.Out).Write(table);
            return 0;
        }, cancellationToken));

        var queueArgument = new Argument<string>("queue") { Description = "The source queue (or its -poison queue) to replay." };
        var max = new Option<int>("--max") { Description = "Replay at most this many messages.", DefaultValueFactory = _ => int.MaxValue };
        var replay = new Command("replay", "Move messages from <queue>-poison back to <queue>.") { queueArgument, max };
        replay.SetAction((parseResult, cancellationToken) => WithPoisonQueuesAsync(async (poison, ct) =>
        {
            var queue = parseResult.GetValue(queueArgument)!;
            var moved = await poison.ReplayAsync(queue, parseResult.GetValue(max), ct);
            Console.WriteLine($"Replayed {moved} message(s) to {queue.Replace(PoisonQueues.Suffix, "", StringComparison.Ordinal)}.");
            return 0;
        }, cancellationToken));

        return new Command("poison", "Inspect and replay poison queues.") { list, replay };
    }

    private static Task<int> WithPoisonQueuesAsync(Func<PoisonQueues, CancellationToken, Task<int>> action, CancellationToken cancellationToken) =>
        CommandServices.RunAsync((services, ct) => action(services.GetRequiredService<PoisonQueues>(), ct), cancellationToken);
}
