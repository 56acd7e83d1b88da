using Notify.Core.Extraction;
using Notify.Core.Extraction.Scoring;
using Notify.Core.Items;
using Notify.Core.Residents;
using Notify.Core.Units;

namespace Notify.Core.Tests.Extraction.Scoring;

public sealed class ExtractionScorerTests
{
    private static readonly DateOnly June30 = new(2022, 6, 30);
    private readonly ExtractionScorer _scorer = new(UnitResolver.Default);

    [Fact]
    public void Score_AnItemOneLineAwayWithTheSameDate_Matches_TwoLinesAwayDoesNot()
    {
        var labels = Labels(Label(10, June30));

        Assert.Equal(1, Score(labels, Item(11, June30)).MatchedLabels);
        Assert.Equal(0, Score(labels, Item(12, June30)).MatchedLabels);
        Assert.Equal(0, Score(labels, Item(10, June30.AddDays(1))).MatchedLabels);
    }

    [Fact]
    public void Score_AWindowLabel_NeedsTheSameEnd()
    {
        var labels = Labels(Label(3, new DateOnly(2022, 3, 1)) with { Kind = ItemKind.Window, EndDate = June30 });

        Assert.Equal(0, Score(labels, Item(3, new DateOnly(2022, 3, 1)) with { Kind = ItemKind.Window }).MatchedLabels);
        Assert.Equal(1, Score(labels, Item(3, new DateOnly(2022, 3, 1)) with { Kind = ItemKind.Window, EndDate = June30 }).MatchedLabels);
    }

    [Fact]
    public void Score_ARecurringLabel_MatchesTheSameRuleInAnyOrder_WhateverTheFirstDate()
    {
        var labels = Labels(Label(5, null) with { Kind = ItemKind.Recurring, Recurrence = "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=10" });

        var counts = Score(labels, Item(5, new DateOnly(2022, 3, 10)) with { Kind = ItemKind.Recurring, Recurrence = "FREQ=YEARLY;BYMONTHDAY=10;BYMONTH=3,6,9,12" });

        Assert.Equal((1, 1, 1), (counts.MatchedLabels, counts.MatchedItems, counts.KindsAgreeing));
    }

    [Fact]
    public void Score_QuarterlyLabel_MatchesEveryThreeMonths()
    {
        var labels = Labels(Label(5, null) with { Kind = ItemKind.Recurring, Recurrence = "FREQ=QUARTERLY" });

        Assert.Equal(1, Score(labels, Item(5, null) with { Kind = ItemKind.Recurring, Recurrence = "FREQ=MONTHLY;INTERVAL=3" }).MatchedLabels);
        Assert.Equal(0, Score(labels, Item(5, null) with { Kind = ItemKind.Recurring, Recurrence = "FREQ=MONTHLY" }).MatchedLabels);
    }

    [Fact]
    public void Score_EachLabelAndItemMatchOnce_AndUndatedItemsAreNotCounted()
    {
        var labels = Labels(Label(10, June30));

        var counts = Score(labels, Item(10, June30), Item(10, June30), Item(10, null));

        Assert.Equal((1, 2, 1, 0.5), (counts.MatchedLabels, counts.Items, counts.MatchedItems, counts.Precision));
    }

    [Fact]
    public void Score_Units_AreComparedByDirectoryIdWhereBothResolve_ElseByName()
    {
        // 包头市卫生健康委员会 and 市卫健委 are one unit in a Baotou document; 某某晚报社 is not in the directory.
        var labels = Labels(Label(10, June30) with { LeadUnits = ["市卫健委"], CooperatingUnits = ["某某晚报社", "市财政局"] });
        var baotou = UnitResolver.Default.Resolve("市卫健委", "baotou");
        Assert.NotNull(baotou.UnitId);

        var counts = Score(labels, "包头市人民政府办公室", Item(10, June30) with
        {
            LeadUnits = [new UnitRef("卫健委", baotou.UnitId)],
            CooperatingUnits = [new UnitRef("某某晚报社", null), new UnitRef("市总工会", null)],
        });

        Assert.Equal((2, 1, 1), (counts.UnitsRight, counts.UnitsExtra, counts.UnitsMissed));
        Assert.Equal(2.0 * 2 / ((2 * 2) + 1 + 1), counts.UnitF1, 3);
    }

    [Fact]
    public void Score_DocNumbers_IgnoreBracketStyleAndSpaces()
    {
        var labels = Labels() with { DocNumbers = ["某政办发〔2022〕9号", "某政发〔2022〕14号"] };
        var result = new ExtractionResult("utf-8", [new ExtractedDocument("某政办发[2022] 9号", null, null, null, 1, [], true)], [], []);

        var score = _scorer.Score("x", labels, result);

        Assert.Equal((2, 1), (score.Counts.DocNumbers, score.Counts.DocNumbersFound));
        Assert.Contains("文号 某政发〔2022〕14号", score.Missed);
    }

    [Fact]
    public void ScoreCounts_NothingToFindAndNothingFound_IsPerfect_AndTotalsAdd()
    {
        var empty = ScoreCounts.Zero;
        var some = new ScoreCounts(4, 5, 3, 3, 3, 2, 1, 1, 1, 1);

        Assert.Equal((1.0, 1.0, 1.0), (empty.Precision, empty.Recall, empty.UnitF1));
        Assert.Equal((8, 10, 0.6, 0.75), ((some + some).Labels, (some + some).Items, (some + some).Precision, (some + some).Recall));
    }

    private ScoreCounts Score(LabelFile labels, params ExtractedItem[] items) => Score(labels, "某县人民政府", items);

    private ScoreCounts Score(LabelFile labels, string issuer, params ExtractedItem[] items) =>
        _scorer.Score("x", labels, new ExtractionResult("utf-8", [new ExtractedDocument(null, null, issuer, null, 1, [], true)], items, [])).Counts;

    private static LabelFile Labels(params LabelledItem[] items) => new("plan", null, [], items);

    private static LabelledItem Label(int line, DateOnly? date) => new(line, ItemKind.Deadline, date, null, null, [], []);

    private static ExtractedItem Item(int line, DateOnly? date) =>
        new(ItemKind.Deadline, date, null, null, line, "", null, [], [], ItemAudience.Units, [], [], 1, []);
}
