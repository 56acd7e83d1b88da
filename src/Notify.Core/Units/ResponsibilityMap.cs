namespace Notify.Core.Units;

/// <summary>
/// The responsible units of every position in a document, as found by <see cref="ResponsibleUnitLocator"/>.
/// Explicit assignments (牵头单位 lines, parentheticals, 责任分工) take precedence over sentence subjects.
/// </summary>
public sealed class ResponsibilityMap
{
    private readonly List<LineSpan>?[] _explicit;
    private readonly List<LineSpan>?[] _subjects;
    private readonly string[] _lineTexts;

    internal ResponsibilityMap(List<LineSpan>?[] explicitSpans, List<LineSpan>?[] subjectSpans, string[] lineTexts)
    {
        _explicit = explicitSpans;
        _subjects = subjectSpans;
        _lineTexts = lineTexts;
    }

    public int LineCount => _explicit.Length;

    /// <summary>The assignment that holds at a character of a logical line (0-based indexes into the document's lines).</summary>
    public UnitAssignment For(int lineIndex, int charIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lineIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(lineIndex, LineCount);
        var assignment = Pick(_explicit[lineIndex], charIndex) ?? Pick(_subjects[lineIndex], charIndex) ?? UnitAssignment.None;
        return SubTaskLeads.For(assignment, _lineTexts[lineIndex], charIndex);
    }

    private static UnitAssignment? Pick(List<LineSpan>? spans, int charIndex)
    {
        if (spans is null)
        {
            return null;
        }

        var chosen = spans[0].Assignment;
        foreach (var span in spans)
        {
            if (span.Start > charIndex)
            {
                break;
            }

            chosen = span.Assignment;
        }

        return chosen;
    }
}
