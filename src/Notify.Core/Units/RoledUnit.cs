namespace Notify.Core.Units;

internal readonly record struct RoledUnit(UnitMatch Unit, UnitRole Role);
