namespace Notify.Core.Units;

/// <summary>Turns units with written roles into lead and cooperating lists.</summary>
internal static class UnitAssignmentBuilder
{
    /// <summary>
    /// Marked leads lead and everyone else cooperates; with no lead marked, the first-listed unit leads
    /// and the rest cooperate. A name written twice keeps its first (strongest) role; a functional form
    /// ("环保部门") is dropped when its unit is already named, but two former units now merged into one
    /// (工商局, 质监局) both stay, as written.
    /// </summary>
    public static UnitAssignment Build(IReadOnlyList<RoledUnit> units, string source, IEnumerable<string> reasons)
    {
        var notes = new List<string>(reasons);
        var lead = new List<UnitMatch>();
        var cooperating = new List<UnitMatch>();
        var seen = new Seen();
        foreach (var unit in units.Where(u => u.Role == UnitRole.Lead))
        {
            AddOnce(lead, unit.Unit, seen);
        }

        var rest = units.Where(u => u.Role != UnitRole.Lead).Select(u => u.Unit).ToList();
        if (lead.Count == 0 && rest.Count > 0)
        {
            notes.Add(UnitAssignment.FirstListedConvention);
            AddOnce(lead, rest[0], seen);
            rest.RemoveAt(0);
        }

        foreach (var unit in rest)
        {
            AddOnce(cooperating, unit, seen);
        }

        return new UnitAssignment(lead, cooperating, source, notes)
        {
            TaskedLeads = [.. units.Where(u => u.Role == UnitRole.Lead && u.Task is not null)],
        };
    }

    private static void AddOnce(List<UnitMatch> target, UnitMatch unit, Seen seen)
    {
        var functionalForm = unit.Name.EndsWith("部门", StringComparison.Ordinal);
        if (seen.Names.Contains(unit.Name) || (functionalForm && unit.UnitId is not null && seen.Ids.Contains(unit.UnitId)))
        {
            return;
        }

        seen.Names.Add(unit.Name);
        if (unit.UnitId is not null)
        {
            seen.Ids.Add(unit.UnitId);
        }

        target.Add(unit);
    }

    private sealed class Seen
    {
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);
    }
}
