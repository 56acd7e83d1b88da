using System.Text.Json;

namespace Notify.Functions.Tests.Hosting;

/// <summary>One entry of functions.metadata: its name, entry point and trigger binding as the Worker SDK wrote them.</summary>
public sealed record PublishedFunction(string Name, string EntryPoint, string TriggerType, JsonElement Trigger)
{
    public string? Property(string name) =>
        Trigger.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public IReadOnlyList<string> Methods =>
        Trigger.TryGetProperty("methods", out var methods) ? [.. methods.EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant())] : [];

    public static PublishedFunction From(JsonElement function)
    {
        var trigger = function.GetProperty("bindings").EnumerateArray()
            .Single(binding => binding.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
        return new PublishedFunction(
            function.GetProperty("name").GetString()!,
            function.GetProperty("entryPoint").GetString()!,
            trigger.GetProperty("type").GetString()!,
            trigger.Clone());
    }
}
