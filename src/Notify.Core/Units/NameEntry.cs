namespace Notify.Core.Units;

/// <summary>A unit found under one of its names; <see cref="Historical"/> when the name predates a reform.</summary>
internal readonly record struct NameEntry(Unit Unit, bool Historical);
