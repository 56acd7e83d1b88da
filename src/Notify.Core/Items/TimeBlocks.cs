using Notify.Core.Units;

namespace Notify.Core.Items;

/// <summary>
/// Follows a document's outline line by line and says which stage or lead-in period the next line sits under.
/// A stage heading ("（二）全面推开阶段（2022年7月—12月）") holds until the next heading of its level or higher; a
/// lead-in ending in "：" with a due date ("到2025年，实现以下目标：") holds over the numbered items that follow it.
/// </summary>
internal sealed class TimeBlocks
{
    private const int MaxSourceLength = 40;

    private (BlockPeriod Period, int Level)? _stage;
    private (BlockPeriod Period, int LeadLevel, int ItemLevel)? _list;
    private int _level;
    private bool _titleOnly;

    /// <summary>Call before extracting a line: closes the blocks the line ends and returns the period it sits under.</summary>
    public BlockPeriod? Enter(string text)
    {
        var folded = UnitText.FoldPunctuation(text);
        _level = TaskHeading.LevelOf(folded, out var bodyStart);
        _titleOnly = _level != TaskHeading.None && TaskHeading.IsTitleOnly(folded, bodyStart, folded.Length);
        if (_stage is { } stage && _level != TaskHeading.None && _level <= stage.Level)
        {
            _stage = null;
        }

        if (_list is { } list)
        {
            if (_level == TaskHeading.None || _level <= list.LeadLevel || _level < list.ItemLevel)
            {
                _list = null;
            }
            else if (list.ItemLevel == TaskHeading.None)
            {
                _list = list with { ItemLevel = _level };
            }
        }

        return _list?.Period ?? _stage?.Period;
    }

    /// <summary>Call after extracting a line: a stage heading or a lead-in with a date opens a block for the lines after it.</summary>
    public void Leave(string text, IReadOnlyList<TimeMention> mentions)
    {
        // "（二）全面推开阶段（2022年7月—12月）": a heading that is only a stage's name and time.
        if (_titleOnly && text.Contains("阶段", StringComparison.Ordinal)
            && mentions.FirstOrDefault(m => m.Kind is ItemKind.Window or ItemKind.Deadline && m.Date is not null && m.Recurrence is null) is { } stage)
        {
            _stage = (PeriodOf(stage, text, isStage: true), _level);
            _list = null;
            return;
        }

        var trimmed = text.AsSpan().TrimEnd();
        if (!trimmed.IsEmpty && trimmed[^1] is '：' or ':'
            && mentions.LastOrDefault(m => m.Kind is ItemKind.Target or ItemKind.Deadline && m.Date is not null && m.Recurrence is null) is { } due)
        {
            _list = (PeriodOf(due, text, isStage: false), _level, TaskHeading.None);
        }
    }

    private static BlockPeriod PeriodOf(TimeMention mention, string text, bool isStage)
    {
        var source = text.Trim();
        source = source.Length <= MaxSourceLength ? source : source[..MaxSourceLength] + "…";
        var first = mention.Date!.Value;
        return new BlockPeriod(mention.Kind, first, mention.EndDate ?? first, source, isStage);
    }
}
