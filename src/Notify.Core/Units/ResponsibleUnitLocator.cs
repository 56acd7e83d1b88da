using Notify.Core.Text;

namespace Notify.Core.Units;

/// <summary>
/// Works out who must act on each part of a document.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>An assignment after a task's text (牵头单位/配合单位 lines, a closing parenthetical, a 责任分工
/// line) applies back to the start of its task block — the nearest heading such as "（三）", "3." or
/// "二、" — and never past the previous assignment, so it does not leak into the next block. Without a
/// heading it applies to its paragraph; a clause that a page break pushed onto the next line still
/// applies to the paragraph before it.</item>
/// <item>An assignment inside or right under a heading that is only a title ("（一）加强组织领导（牵头单位：
/// 市发改委）") applies forward to that heading's whole block.</item>
/// <item>With no lead marked, the first-listed unit leads and the rest cooperate.</item>
/// <item>Where no explicit assignment holds, units that are the subject of a clause are responsible.</item>
/// <item>Names inside cited titles 《…》 are never responsible units.</item>
/// </list>
/// </remarks>
public sealed class ResponsibleUnitLocator
{
    private const int MaxBlockReach = 80;
    private const int MaxParagraphReach = 12;
    private const int JurisdictionProbeLines = 20;
    private const int SubItemLevel = 4;

    private readonly UnitDirectory _directory;
    private readonly AssignmentTextParser _parser;
    private readonly SubjectUnitFinder _subjects;

    public ResponsibleUnitLocator()
        : this(UnitDirectory.LoadDefault())
    {
    }

    public ResponsibleUnitLocator(UnitDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        _directory = directory;
        var resolver = new UnitResolver(directory);
        _parser = new AssignmentTextParser(resolver);
        _subjects = new SubjectUnitFinder(resolver, _parser);
    }

    /// <param name="documentLines">The logical lines of one document.</param>
    /// <param name="jurisdiction">The issuer's jurisdiction ("baotou", "jalaid" …); inferred from the first lines when null.</param>
    public ResponsibilityMap Locate(IReadOnlyList<NormalizedLine> documentLines, string? jurisdiction)
    {
        ArgumentNullException.ThrowIfNull(documentLines);
        var outline = new DocumentOutline(documentLines);
        jurisdiction ??= InferJurisdiction(outline);
        var found = new AssignmentScanner(_parser, jurisdiction).Scan(outline);

        var explicitSpans = new List<LineSpan>?[outline.Count];
        var forward = new bool[found.Count];
        for (var i = 0; i < found.Count; i++)
        {
            forward[i] = TryApplyForward(outline, found[i], explicitSpans);
        }

        var previousAnchor = -1;
        var previousEnd = -1;
        for (var i = 0; i < found.Count; i++)
        {
            if (!forward[i])
            {
                ApplyBackward(outline, found[i], previousAnchor, previousEnd, explicitSpans);
            }

            previousAnchor = found[i].AnchorLine;
            previousEnd = found[i].EndChar;
        }

        var subjectSpans = new List<LineSpan>?[outline.Count];
        for (var line = 0; line < outline.Count; line++)
        {
            if (explicitSpans[line] is null)
            {
                subjectSpans[line] = _subjects.Find(outline.Text[line], outline.BodyStart[line], jurisdiction);
            }
        }

        return new ResponsibilityMap(explicitSpans, subjectSpans, outline.Text);
    }

    private string? InferJurisdiction(DocumentOutline outline)
    {
        for (var line = 0; line < Math.Min(outline.Count, JurisdictionProbeLines); line++)
        {
            var place = _directory.JurisdictionOf(outline.Text[line]);
            if (place is not null)
            {
                return place;
            }
        }

        return null;
    }

    /// <summary>An assignment in or right under a title-only heading covers that heading's whole block.</summary>
    private static bool TryApplyForward(DocumentOutline outline, FoundAssignment found, List<LineSpan>?[] spans)
    {
        int heading;
        if (found.OnTitleHeading)
        {
            heading = found.FirstLine;
        }
        else if (found.IsLabelLine && found.FirstLine > 0 && outline.IsTitleOnlyHeading(found.FirstLine - 1))
        {
            heading = found.FirstLine - 1;
        }
        else
        {
            return false;
        }

        var level = outline.Level[heading];
        var next = found.AnchorLine + 1;
        if (next >= outline.Count || outline.ClosesBlockOf(next, level) || outline.Boundary[next])
        {
            return false;
        }

        var end = next;
        while (end + 1 < outline.Count && !outline.ClosesBlockOf(end + 1, level) && !outline.Boundary[end + 1])
        {
            end++;
        }

        var assignment = Build(outline, found, heading, end, $"applies to the whole block under the heading on source line {outline.Lines[heading].SourceLine}");
        for (var line = heading; line <= end; line++)
        {
            spans[line] = [new LineSpan(0, assignment)];
        }

        return true;
    }

    private static void ApplyBackward(DocumentOutline outline, FoundAssignment found, int previousAnchor, int previousEnd, List<LineSpan>?[] spans)
    {
        var sharesLine = previousAnchor == found.FirstLine;
        var start = sharesLine || found.CoversOwnLinesOnly ? found.FirstLine : BlockStart(outline, found, previousAnchor);
        string scope;
        if (found.CoversOwnLinesOnly)
        {
            scope = "applies to its own row";
        }
        else if (start >= 0)
        {
            scope = $"applies to the task block from source line {outline.Lines[start].SourceLine}";
        }
        else
        {
            start = ParagraphStart(outline, found, previousAnchor);
            scope = found.StartsLine && start < found.FirstLine
                ? "clause on its own line applies to the paragraph before it"
                : "applies to its paragraph";
        }

        var assignment = Build(outline, found, start, found.AnchorLine, scope);
        for (var line = start; line <= found.AnchorLine; line++)
        {
            if (line == found.FirstLine && sharesLine && spans[line] is { } existing)
            {
                existing.Add(new LineSpan(previousEnd + 1, assignment));
            }
            else
            {
                spans[line] = [new LineSpan(0, assignment)];
            }
        }
    }

    /// <summary>The nearest heading before the assignment, not crossing the previous assignment or a document boundary; -1 when none.</summary>
    private static int BlockStart(DocumentOutline outline, FoundAssignment found, int previousAnchor)
    {
        if (outline.IsHeading(found.FirstLine) && !found.StartsLine)
        {
            return found.FirstLine;
        }

        var limit = Math.Max(previousAnchor + 1, found.FirstLine - MaxBlockReach);
        for (var line = found.FirstLine - 1; line >= limit; line--)
        {
            if (outline.Boundary[line])
            {
                return -1;
            }

            if (outline.IsHeading(line))
            {
                return found.IsLabelLine && outline.Level[line] == SubItemLevel ? ParentItemOf(outline, line, limit) : line;
            }
        }

        return -1;
    }

    /// <summary>
    /// 牵头单位 lines after "（1）…（2）…" sub-items belong to the numbered item above them ("1.").
    /// </summary>
    private static int ParentItemOf(DocumentOutline outline, int subItem, int limit)
    {
        for (var line = subItem - 1; line >= limit && !outline.Boundary[line]; line--)
        {
            if (outline.IsHeading(line) && outline.Level[line] < SubItemLevel)
            {
                return line;
            }
        }

        return subItem;
    }

    private static int ParagraphStart(DocumentOutline outline, FoundAssignment found, int previousAnchor)
    {
        var start = found.FirstLine;
        if (found.StartsLine && start - 1 > previousAnchor && !outline.Boundary[start - 1])
        {
            start--;
        }

        while (start - 1 > previousAnchor && found.FirstLine - start < MaxParagraphReach
            && !UnitText.EndsSentence(outline.Text[start - 1]) && !outline.IsHeading(start) && !outline.Boundary[start - 1])
        {
            start--;
        }

        return start;
    }

    private static UnitAssignment Build(DocumentOutline outline, FoundAssignment found, int start, int end, string scope)
    {
        var notes = new List<string>(found.Notes.Count + 1)
        {
            $"{scope} to source line {outline.Lines[end].LastSourceLine}",
        };
        notes.AddRange(found.Notes);
        return UnitAssignmentBuilder.Build(found.Units, found.Source, notes);
    }
}
