namespace Notify.Core.Units;

/// <summary>The shape of the embedded units.json.</summary>
internal sealed record UnitDirectoryData(IReadOnlyList<Jurisdiction> Jurisdictions, IReadOnlyList<Unit> Units);
