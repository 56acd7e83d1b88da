namespace Notify.Core.Units;

/// <summary>
/// Where several leads are each named for a sub-task ("市农牧局牵头负责种植结构调整，市水务局牵头负责灌区改造"),
/// an item whose sentence speaks of one sub-task takes that sub-task's lead only.
/// </summary>
internal static class SubTaskLeads
{
    // Two characters ("改造", "建设") are shared by too many sub-tasks to tell them apart.
    private const int MinSharedRun = 3;
    private const string SentenceEnds = "。；！？";

    public static UnitAssignment For(UnitAssignment assignment, string lineText, int charIndex)
    {
        if (assignment.TaskedLeads.Count < 2)
        {
            return assignment;
        }

        var sentence = SentenceAround(lineText, charIndex);
        var scores = assignment.TaskedLeads.Select(lead => SharedRun(lead.Task!, sentence)).ToList();
        var best = scores.Max();
        if (best < MinSharedRun || scores.TrueForAll(score => score == best))
        {
            return assignment;
        }

        var dropped = assignment.TaskedLeads.Where((_, i) => scores[i] < best).Select(lead => lead.Unit.Name).ToHashSet(StringComparer.Ordinal);
        var chosen = assignment.TaskedLeads[scores.IndexOf(best)];
        return assignment with
        {
            Lead = [.. assignment.Lead.Where(unit => !dropped.Contains(unit.Name))],
            Reasons = [.. assignment.Reasons, $"lead chosen by its sub-task '{chosen.Task}'"],
            TaskedLeads = [],
        };
    }

    private static string SentenceAround(string text, int charIndex)
    {
        var at = Math.Clamp(charIndex, 0, text.Length);
        var start = at == 0 ? 0 : text.AsSpan(0, at).LastIndexOfAny(SentenceEnds) + 1;
        var end = text.AsSpan(at).IndexOfAny(SentenceEnds);
        return text[start..(end < 0 ? text.Length : at + end)];
    }

    /// <summary>The longest run of the sub-task's characters that the sentence also holds (a sub-task is short).</summary>
    private static int SharedRun(string task, string sentence)
    {
        var longest = 0;
        for (var start = 0; start + longest < task.Length; start++)
        {
            for (var length = task.Length - start; length > longest; length--)
            {
                if (sentence.Contains(task.AsSpan(start, length), StringComparison.Ordinal))
                {
                    longest = length;
                    break;
                }
            }
        }

        return longest;
    }
}
