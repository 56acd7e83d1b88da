namespace Notify.Core.Units;

/// <summary>An assignment that holds on a line from character <see cref="Start"/> on.</summary>
internal readonly record struct LineSpan(int Start, UnitAssignment Assignment);
