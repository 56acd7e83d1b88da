using Notify.Core.Extraction;
using Notify.Core.Items;

namespace Notify.Core.Tests.Extraction;

/// <summary>Time set by a block: a stage heading's period and a lead-in's due date reach the task lines under them.</summary>
public sealed class TimeBlockTests
{
    private const string Plan = """
        某县人民政府办公室关于印发某县农村供水设施排查整治工作方案的通知
        某政办发〔2023〕12号
        各苏木乡镇人民政府，县直各有关单位：
        现将《某县农村供水设施排查整治工作方案》印发给你们，请认真贯彻执行。
        一、工作步骤
        （一）摸底排查阶段（2023年5月—6月）
        1.各苏木乡镇要组织开展供水设施摸底排查。
        2.县水利局要汇总建立问题台账。
        （二）集中整治阶段（2023年7月—11月）
        1.各苏木乡镇要完成问题整改。
        各苏木乡镇要用3个月时间，基本完成管网改造任务。
        （三）总结提升
        1.县水利局要总结推广典型经验。
        二、工作目标
        到2025年，实现以下目标：
        1.农村集中供水率达到90%以上。
        2.水质达标率稳步提高。
        三、保障措施
        各单位要加强组织领导。
        某县人民政府办公室
        2023年4月20日
        """;

    private readonly PolicyExtractor _extractor = new();

    [Fact]
    public void Extract_TaskUnderAStageHeading_TakesTheStagePeriodForReview()
    {
        var task = ItemQuoting("完成问题整改");

        Assert.Equal((ItemKind.Window, new DateOnly(2023, 7, 1), new DateOnly(2023, 11, 30)), (task.Kind, task.Date, task.EndDate));
        Assert.True(task.NeedsReview, "an inferred stage period needs review");
        Assert.Contains(task.Reasons, reason => reason.Contains("stage heading '（二）集中整治阶段（2023年7月—11月）'", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_StageEndsAtTheNextHeadingOfItsLevel()
    {
        var result = _extractor.ExtractText(Plan);

        Assert.DoesNotContain(result.Items, item => item.Quote.Contains("总结推广典型经验", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Items, item => item.Quote.Contains("加强组织领导", StringComparison.Ordinal));
        var first = ItemQuoting("汇总建立问题台账");
        Assert.Equal((new DateOnly(2023, 5, 1), new DateOnly(2023, 6, 30)), (first.Date, first.EndDate));
    }

    [Fact]
    public void Extract_DurationInsideAStage_CountsFromTheStageStart()
    {
        var duration = ItemQuoting("用3个月时间");

        Assert.Equal((ItemKind.Deadline, new DateOnly(2023, 9, 30)), (duration.Kind, duration.Date));
        Assert.True(duration.NeedsReview);
        Assert.Contains(duration.Reasons, reason => reason.Contains("3 months counted from the start of the stage", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_GoalListUnderADatedLeadIn_TakesTheLeadInYear()
    {
        var goal = ItemQuoting("集中供水率达到90%");

        Assert.Equal((ItemKind.Target, new DateOnly(2025, 12, 31)), (goal.Kind, goal.Date));
        Assert.True(goal.NeedsReview);
        Assert.Contains(goal.Reasons, reason => reason.Contains("lead-in '到2025年，实现以下目标：'", StringComparison.Ordinal));
    }

    private ExtractedItem ItemQuoting(string words)
        => Assert.Single(_extractor.ExtractText(Plan).Items, item => item.Quote.Contains(words, StringComparison.Ordinal));
}
