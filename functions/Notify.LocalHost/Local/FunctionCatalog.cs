using Notify.Functions.Hosting;

namespace Notify.LocalHost.Local;

/// <summary>The functions the local host runs, by trigger; by default every <c>[Function]</c> of the app.</summary>
public sealed class FunctionCatalog(IReadOnlyList<FunctionDescriptor> functions)
{
    public static FunctionCatalog App { get; } = new(FunctionIndex.All);

    public IReadOnlyList<FunctionDescriptor> All { get; } = functions;

    public IEnumerable<FunctionDescriptor> QueueFunctions => All.Where(f => f.Trigger is QueueSource);

    public IEnumerable<FunctionDescriptor> TimerFunctions => All.Where(f => f.Trigger is TimerSchedule);

    public IEnumerable<FunctionDescriptor> HttpFunctions => All.Where(f => f.Trigger is HttpEndpoint);
}
