namespace Notify.Core.Registry;

/// <summary>Why one change event was rejected. Reasons name ids and codes only, never personal data.</summary>
/// <param name="Index">0-based position of the event in the request (for a CSV, the data row number minus 2).</param>
/// <param name="Field">The field's JSON name, e.g. "birthDate", or "event" for the event as a whole.</param>
public sealed record ResidentChangeError(int Index, string Field, string Reason)
{
    public override string ToString() => $"event {Index}, {Field}: {Reason}";
}
