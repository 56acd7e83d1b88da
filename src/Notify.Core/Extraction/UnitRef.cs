namespace Notify.Core.Extraction;

/// <summary>A responsible unit as written (shared prefix expanded) and its directory id, or null when unknown.</summary>
public sealed record UnitRef(string Name, string? UnitId);
