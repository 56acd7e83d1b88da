namespace Notify.Core.Units;

/// <param name="Task">The sub-task a lead was named for ("灌区改造" in "市水务局牵头负责灌区改造"), when written.</param>
internal readonly record struct RoledUnit(UnitMatch Unit, UnitRole Role, string? Task = null);
