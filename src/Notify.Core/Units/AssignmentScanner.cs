namespace Notify.Core.Units;

/// <summary>
/// Finds the explicit assignments of a document in reading order: 牵头单位/配合单位/责任单位/责任分工 lines
/// (consecutive ones form one group), labels inside a line, and parentheticals that name units with a
/// role ("（市卫健委、民政局按照职责分别负责）"), including those a page break split over two lines.
/// </summary>
internal sealed class AssignmentScanner(AssignmentTextParser parser, string? jurisdiction)
{
    private const int MaxContinuationReach = 160;
    private const int MaxParentheticalLength = 300;
    private const int MaxUnitListLineLength = 160;

    public List<FoundAssignment> Scan(DocumentOutline outline)
    {
        var found = new List<FoundAssignment>();
        var consumedUntil = new int[outline.Count];
        TaskTable? table = null;
        for (var line = 0; line < outline.Count; line++)
        {
            var from = consumedUntil[line];
            if (from >= outline.Text[line].Length)
            {
                continue;
            }

            if (TaskTable.TryReadHeader(outline.Text[line]) is { } header)
            {
                table = header;
                continue;
            }

            if (table is not null && !outline.IsHeading(line) && !outline.Boundary[line])
            {
                var role = table.Read(outline.Text[line], parser, jurisdiction, out var row);
                if (role == TaskTable.LineRole.Row && row.Count > 0)
                {
                    found.Add(TableRow(outline, line, row));
                }

                if (role != TaskTable.LineRole.End)
                {
                    continue;
                }
            }

            table = null;

            if (from == 0 && (TryScanLabelLine(outline, line, found, consumedUntil) || TryExtendWithCompanionLine(outline, line, found)))
            {
                continue;
            }

            ScanParentheticals(outline, line, from, found, consumedUntil);
            ScanInlineLabels(outline, line, from, found);
        }

        return found;
    }

    private static FoundAssignment TableRow(DocumentOutline outline, int line, List<RoledUnit> units)
    {
        var assignment = new FoundAssignment
        {
            FirstLine = line,
            AnchorLine = line,
            EndChar = outline.Text[line].Length,
            StartsLine = true,
            CoversOwnLinesOnly = true,
            Source = UnitAssignment.AssignmentLineSource,
        };
        assignment.Units.AddRange(units);
        assignment.Notes.Add("row of a task table");
        return assignment;
    }

    private bool TryScanLabelLine(DocumentOutline outline, int line, List<FoundAssignment> found, int[] consumedUntil)
    {
        var text = outline.Text[line];
        var label = AssignmentTextParser.MatchLabelAt(text, 0);
        if (!label.Success)
        {
            return false;
        }

        var content = text[(label.Index + label.Length)..];
        var anchor = line;
        var notes = new List<string>();
        if (TryContinueOnNextLine(outline, line, content, out var continued))
        {
            content = continued;
            anchor = line + 1;
            consumedUntil[line + 1] = int.MaxValue;
            notes.Add($"list continued on source line {outline.Lines[line + 1].SourceLine}");
        }

        var name = label.Groups["label"].Value;
        var units = parser.ParseLabelled(content, name, jurisdiction);
        var previous = found.Count > 0 ? found[^1] : null;
        if (previous is { IsLabelLine: true } && previous.AnchorLine == line - 1 && !previous.Labels.Contains(name))
        {
            previous.AnchorLine = anchor;
            previous.EndChar = outline.Text[anchor].Length;
            previous.Labels.Add(name);
            previous.Units.AddRange(units);
            previous.Notes.AddRange(notes);
            return true;
        }

        var assignment = new FoundAssignment
        {
            FirstLine = line,
            AnchorLine = anchor,
            EndChar = outline.Text[anchor].Length,
            StartsLine = true,
            IsLabelLine = true,
            Source = UnitAssignment.AssignmentLineSource,
        };
        assignment.Labels.Add(name);
        assignment.Units.AddRange(units);
        assignment.Notes.AddRange(notes);
        found.Add(assignment);
        return true;
    }

    /// <summary>"完成时限：2024年底前" right after the 牵头单位/配合单位 lines belongs to the same task.</summary>
    private static bool TryExtendWithCompanionLine(DocumentOutline outline, int line, List<FoundAssignment> found)
    {
        if (found.Count == 0 || found[^1] is not { IsLabelLine: true } previous || previous.AnchorLine != line - 1
            || !AssignmentTextParser.StartsWithCompanionLabel(outline.Text[line]))
        {
            return false;
        }

        previous.AnchorLine = line;
        previous.EndChar = outline.Text[line].Length;
        return true;
    }

    /// <summary>
    /// A label line whose list a page break cut off: either mid-name ("市交通运" + "输局、公安局…") or
    /// between names, with the next line holding nothing but more names.
    /// </summary>
    private bool TryContinueOnNextLine(DocumentOutline outline, int line, string content, out string continued)
    {
        continued = content;
        var next = line + 1;
        if (next >= outline.Count || UnitText.EndsSentence(outline.Text[line]) || outline.IsHeading(next)
            || outline.Boundary[next] || AssignmentTextParser.MatchLabelAt(outline.Text[next], 0).Success)
        {
            return false;
        }

        var nextText = outline.Text[next];
        var lastName = LastListItem(content);
        if (lastName.Length == 0 || !parser.IsUnitName(lastName, jurisdiction))
        {
            continued = content + nextText;
            return true;
        }

        if (IsUnitListOnly(nextText))
        {
            continued = content + "、" + nextText;
            return true;
        }

        return false;
    }

    private bool IsUnitListOnly(string text)
    {
        var trimmed = text.Trim().TrimEnd('。');
        if (trimmed.Length == 0 || trimmed.Length > MaxUnitListLineLength || trimmed.Contains('。', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var piece in trimmed.Split(['、', '，', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!parser.IsUnitName(UnitNameList.Clean(piece), jurisdiction))
            {
                return false;
            }
        }

        return true;
    }

    private static string LastListItem(string content)
    {
        var cut = content.AsSpan().LastIndexOfAny("、，；");
        return cut < 0 ? content.Trim() : content[(cut + 1)..].Trim();
    }

    private void ScanParentheticals(DocumentOutline outline, int line, int from, List<FoundAssignment> found, int[] consumedUntil)
    {
        var text = outline.Text[line];
        var titleDepth = 0;
        for (var open = from; open < text.Length; open++)
        {
            var c = text[open];
            if (c == '《')
            {
                titleDepth++;
                continue;
            }

            if (c == '》')
            {
                titleDepth = Math.Max(0, titleDepth - 1);
                continue;
            }

            if (c != '（' || titleDepth > 0)
            {
                continue;
            }

            var close = FindClose(text, open + 1, 1, out var depthLeft);
            string content;
            var anchor = line;
            if (close >= 0)
            {
                content = text[(open + 1)..close];
            }
            else if (TryCloseOnNextLine(outline, line, depthLeft, out close))
            {
                content = text[(open + 1)..] + outline.Text[line + 1][..close];
                anchor = line + 1;
            }
            else if (depthLeft == 1 && AssignmentTextParser.MatchLabelAt(text, open + 1).Success)
            {
                // "（牵头单位：市卫健委；配合单位：市财政局" with no "）" before the paragraph ends.
                content = text[(open + 1)..];
                close = text.Length - 1;
            }
            else
            {
                return;
            }

            if (content.Length <= MaxParentheticalLength && TryParseAssignment(content, out var units))
            {
                var assignment = new FoundAssignment
                {
                    FirstLine = line,
                    AnchorLine = anchor,
                    EndChar = close,
                    StartsLine = text.AsSpan(0, open).Trim(" *#\t-").IsEmpty,
                    OnTitleHeading = outline.IsHeading(line) && TaskHeading.IsTitleOnly(text, outline.BodyStart[line], open),
                    Source = UnitAssignment.ParentheticalSource,
                };
                assignment.Units.AddRange(units);
                if (anchor != line)
                {
                    assignment.Notes.Add($"parenthetical continued on source line {outline.Lines[anchor].SourceLine}");
                }

                found.Add(assignment);
            }

            if (anchor != line)
            {
                consumedUntil[anchor] = close + 1;
                return;
            }

            open = close;
        }
    }

    private static bool TryCloseOnNextLine(DocumentOutline outline, int line, int depth, out int close)
    {
        close = -1;
        var next = line + 1;
        if (next >= outline.Count || outline.IsHeading(next) || outline.Boundary[next])
        {
            return false;
        }

        var nextText = outline.Text[next];
        close = FindClose(nextText[..Math.Min(nextText.Length, MaxContinuationReach)], 0, depth, out _);
        return close >= 0;
    }

    private static int FindClose(string text, int start, int depth, out int depthLeft)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '（')
            {
                depth++;
            }
            else if (text[i] == '）' && --depth == 0)
            {
                depthLeft = 0;
                return i;
            }
        }

        depthLeft = depth;
        return -1;
    }

    private bool TryParseAssignment(string content, out List<RoledUnit> units)
    {
        var trimmed = content.Trim();
        var label = AssignmentTextParser.MatchLabelAt(trimmed, 0);
        if (label.Success)
        {
            units = parser.ParseLabelled(trimmed[(label.Index + label.Length)..], label.Groups["label"].Value, jurisdiction);
            return units.Count > 0;
        }

        units = [];
        if (!AssignmentTextParser.ContainsRoleWord(trimmed))
        {
            return false;
        }

        // "（道路养护工作由市交通局牵头；责任单位：各县区政府）": free text first, then a label.
        var laterLabel = AssignmentTextParser.FindLabel(trimmed, 1);
        var head = laterLabel.Success ? trimmed[..laterLabel.Index] : trimmed;
        units = parser.Parse(head, UnitRole.Unspecified, jurisdiction, out var opensWithUnit);
        if (!opensWithUnit)
        {
            return false;
        }

        if (laterLabel.Success)
        {
            units.AddRange(parser.ParseLabelled(trimmed[(laterLabel.Index + laterLabel.Length)..], laterLabel.Groups["label"].Value, jurisdiction));
        }

        return units.Count > 0;
    }

    /// <summary>"…严格落实。责任单位：市民政局、财政局。" — a label in the running text, outside any parenthetical.</summary>
    private void ScanInlineLabels(DocumentOutline outline, int line, int from, List<FoundAssignment> found)
    {
        var text = outline.Text[line];
        if (!AssignmentTextParser.MayHoldLabel(text))
        {
            return;
        }

        var label = AssignmentTextParser.FindLabel(text, Math.Max(from, 1));
        while (label.Success)
        {
            if (IsOutsideParentheses(text, label.Index) && label.Index > 0 && "。；，".Contains(text[label.Index - 1], StringComparison.Ordinal))
            {
                var content = text[(label.Index + label.Length)..];
                var units = parser.ParseLabelled(content, label.Groups["label"].Value, jurisdiction);
                if (units.Count > 0)
                {
                    var assignment = new FoundAssignment
                    {
                        FirstLine = line,
                        AnchorLine = line,
                        EndChar = text.Length - 1,
                        StartsLine = false,
                        Source = UnitAssignment.AssignmentLineSource,
                    };
                    assignment.Units.AddRange(units);
                    found.Add(assignment);
                }

                return;
            }

            label = label.NextMatch();
        }
    }

    private static bool IsOutsideParentheses(string text, int index)
    {
        var depth = 0;
        for (var i = 0; i < index; i++)
        {
            depth += text[i] switch { '（' => 1, '）' => -1, _ => 0 };
        }

        return depth <= 0;
    }
}
