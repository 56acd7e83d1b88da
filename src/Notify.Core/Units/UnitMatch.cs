namespace Notify.Core.Units;

/// <summary>
/// A unit name as written in a document, resolved against the directory.
/// </summary>
/// <param name="Name">The name as written, with a prefix shared by a list expanded ("市卫健委、民政局" gives "市民政局").</param>
/// <param name="UnitId">The directory id, or a group id such as "jalaid.towns"; null when the unit is unknown.</param>
/// <param name="Known">False when the name is not in the directory (it is then routed to the issuing office).</param>
/// <param name="Reason">How the name was matched (alias, historical name, group) or why it was not.</param>
public sealed record UnitMatch(string Name, string? UnitId, bool Known, string? Reason);
