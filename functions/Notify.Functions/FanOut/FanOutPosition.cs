namespace Notify.Functions.FanOut;

/// <summary>A recipient's place in a fan-out: region index, resident id, and how many recipients came before it.</summary>
public sealed record FanOutPosition(int RegionIndex, string Id, long Ordinal);
