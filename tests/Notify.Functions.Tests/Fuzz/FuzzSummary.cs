using System.Globalization;

namespace Notify.Functions.Tests.Fuzz;

/// <summary>What a fuzz run saw: requests, routes, statuses with counts, the slowest response, and storage checks.</summary>
public sealed class FuzzSummary
{
    private readonly SortedDictionary<string, int> _statuses = new(StringComparer.Ordinal);
    private readonly HashSet<string> _routes = new(StringComparer.Ordinal);

    public int Requests { get; private set; }

    public int Routes => _routes.Count;

    public TimeSpan Slowest { get; private set; }

    public string SlowestRoute { get; private set; } = "";

    public int BatchesChecked { get; set; }

    public int Batches { get; set; }

    public List<string> Failures { get; } = [];

    public void Record(FuzzRoute route, int status, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(route);
        Requests++;
        _routes.Add(route.ToString());
        var key = status == 0 ? "closed" : status.ToString(CultureInfo.InvariantCulture);
        _statuses[key] = _statuses.TryGetValue(key, out var count) ? count + 1 : 1;
        if (elapsed > Slowest)
        {
            Slowest = elapsed;
            SlowestRoute = route.ToString();
        }
    }

    public string Line(TimeSpan total)
    {
        var statuses = string.Join(", ", _statuses.Select(pair => $"{pair.Key}×{pair.Value}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"fuzz: {Requests} requests over {_routes.Count} routes in {total.TotalSeconds:F1} s; statuses {statuses}; slowest {Slowest.TotalMilliseconds:F0} ms ({SlowestRoute}); no stored change checked after {BatchesChecked} of {Batches} batches (the others held an accepted write)");
    }
}
