namespace Notify.Core.Units;

/// <summary>The part a unit plays in an assignment as written.</summary>
internal enum UnitRole
{
    /// <summary>Named without a role ("负责", "按职责分工负责"): the first-listed convention decides.</summary>
    Unspecified,
    Lead,
    Cooperating,
}
