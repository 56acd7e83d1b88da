using Azure.Data.Tables;
using Notify.Functions.Review;

namespace Notify.Functions.Tests.Review;

/// <summary>Rows written before reasons meant review: what they listed without needing review is read as notes.</summary>
public sealed class PolicyItemEntitiesTests
{
    [Fact]
    public void ToItem_RowWithoutNotesThatNeededNoReview_ReadsItsReasonsAsNotes()
    {
        var item = PolicyItemEntities.ToItem(EarlierRow(needsReview: false, "[\"first-listed convention\"]")).Item;

        Assert.False(item.NeedsReview, "a row that needed no review must not start needing it");
        Assert.Empty(item.Reasons);
        Assert.Equal(["first-listed convention"], item.Notes);
    }

    [Fact]
    public void ToItem_RowWithoutNotesThatNeededReview_KeepsItsReasons()
    {
        var item = PolicyItemEntities.ToItem(EarlierRow(needsReview: true, "[\"vague timing: 适时\"]")).Item;

        Assert.True(item.NeedsReview);
        Assert.Equal(["vague timing: 适时"], item.Reasons);
    }

    private static TableEntity EarlierRow(bool needsReview, string reasons) => new("p1", "i00000")
    {
        ["Kind"] = "Deadline",
        ["Date"] = "2030-06-30",
        ["Quote"] = "于6月30日前完成自查",
        ["NeedsReview"] = needsReview,
        ["Reasons"] = reasons,
    };
}
