namespace Notify.Functions.Hosting;

/// <summary>The functions this app runs, looked up by name and by trigger.</summary>
public sealed class FunctionCatalog
{
    private readonly Dictionary<string, FunctionDefinition> _byName;

    public FunctionCatalog(IEnumerable<FunctionDefinition> definitions)
    {
        All = [.. definitions];
        _byName = new Dictionary<string, FunctionDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var definition in All)
        {
            if (!_byName.TryAdd(definition.Name, definition))
            {
                throw new InvalidOperationException($"Two functions are named {definition.Name}; function names must be unique.");
            }
        }
    }

    public IReadOnlyList<FunctionDefinition> All { get; }

    public IEnumerable<FunctionDefinition> QueueFunctions => All.Where(f => f.Declaration.Trigger is QueueTrigger);

    public IEnumerable<FunctionDefinition> TimerFunctions => All.Where(f => f.Declaration.Trigger is TimerTrigger);

    public IEnumerable<FunctionDefinition> HttpFunctions => All.Where(f => f.Declaration.Trigger is HttpTrigger);

    public FunctionDefinition? Find(string name) => _byName.GetValueOrDefault(name);
}
