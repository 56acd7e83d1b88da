using Notify.Functions.Admin;
using Notify.Functions.Hosting;
using Notify.Functions.Ingest;
using Notify.Functions.Parse;

namespace Notify.Functions;

/// <summary>Every function of the app. The Functions host, the local trigger host and function.json all start here.</summary>
public static class NotifyFunctions
{
    public static IReadOnlyList<FunctionDefinition> All { get; } =
    [
        FunctionDefinition.Http<CheckHealth>(),
        FunctionDefinition.Http<SubmitPolicy>(),
        FunctionDefinition.Http<GetPolicy>(),
        FunctionDefinition.Queue<ParsePolicy, PolicyIngestedMessage>(),
        FunctionDefinition.Timer<WatchPoisonQueues>(),
    ];
}
