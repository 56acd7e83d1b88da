namespace Notify.Core.Units;

/// <summary>
/// Who must act on a piece of a document: the lead units, the cooperating units, where the assignment
/// came from and why it applies.
/// </summary>
/// <param name="Lead">Lead units (牵头), or the first-listed unit when none is marked.</param>
/// <param name="Cooperating">Cooperating units (配合, 参与, and the rest of a list without a marked lead).</param>
/// <param name="Source">
/// <see cref="AssignmentLineSource"/>, <see cref="ParentheticalSource"/>, <see cref="SubjectSource"/> or <see cref="NoSource"/>.
/// </param>
/// <param name="Reasons">Human-readable notes: scope, conventions applied, unknown units.</param>
public sealed record UnitAssignment(
    IReadOnlyList<UnitMatch> Lead,
    IReadOnlyList<UnitMatch> Cooperating,
    string Source,
    IReadOnlyList<string> Reasons)
{
    /// <summary>A 牵头单位/配合单位/责任单位/责任分工 line.</summary>
    public const string AssignmentLineSource = "assignment-line";

    /// <summary>A parenthetical such as "（市卫健委、民政局按照职责分别负责）".</summary>
    public const string ParentheticalSource = "parenthetical";

    /// <summary>Units that are the subject of the sentence ("市民政局要会同…").</summary>
    public const string SubjectSource = "subject";

    public const string NoSource = "none";

    public const string FirstListedConvention = "first-listed convention";

    public static UnitAssignment None { get; } = new([], [], NoSource, []);

    public bool IsEmpty => Lead.Count == 0 && Cooperating.Count == 0;

    /// <summary>Leads named for a sub-task ("市水务局牵头负责灌区改造"), to pick the lead of one item by its words.</summary>
    internal IReadOnlyList<RoledUnit> TaskedLeads { get; init; } = [];
}
