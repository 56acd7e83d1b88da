using Notify.Core.Extraction.Scoring;
using Notify.Core.Items;

namespace Notify.Core.Tests.Extraction.Scoring;

public sealed class LabelFileReaderTests
{
    private const string Header = "# type: plan\n# place: 赤峰市\n# docnumber: 赤政办发〔2022〕31号\n# line\tkind\tdate\tend\trecurrence\tlead\tcooperating\n";

    [Fact]
    public void Read_AWellFormedFile_GivesHeadersAndItems()
    {
        var labels = LabelFileReader.Read("a.labels.tsv", Header
            + "12\tDeadline\t2022-06-30\t-\t-\t市住建局\t市自然资源局、市城管局\n"
            + "15\tRecurring\t-\t-\tFREQ=MONTHLY;BYMONTHDAY=10\t各旗县区人民政府\t-\n");

        Assert.Equal("plan", labels.DocumentType);
        Assert.Equal("赤峰市", labels.Place);
        Assert.Equal(["赤政办发〔2022〕31号"], labels.DocNumbers);
        Assert.Equal((12, ItemKind.Deadline, new DateOnly(2022, 6, 30), (DateOnly?)null), (labels.Items[0].Line, labels.Items[0].Kind, labels.Items[0].Date!.Value, labels.Items[0].EndDate));
        Assert.Equal(["市住建局"], labels.Items[0].LeadUnits);
        Assert.Equal(["市自然资源局", "市城管局"], labels.Items[0].CooperatingUnits);
        Assert.Equal("FREQ=MONTHLY;BYMONTHDAY=10", labels.Items[1].Recurrence);
        Assert.Empty(labels.Items[1].CooperatingUnits);
    }

    [Fact]
    public void Read_UnitLists_SplitOnlyOutsideBrackets()
    {
        var labels = LabelFileReader.Read("a.labels.tsv", Header + "3\tDeadline\t2022-06-30\t-\t-\t各区（市、县）人民政府、市财政局\t-\n");

        Assert.Equal(["各区（市、县）人民政府", "市财政局"], labels.Items[0].LeadUnits);
    }

    [Theory]
    [InlineData("12\tDeadline\t2022-06-30\t-\t-\t市住建局\n", "line 5: 6 tab-separated columns")]
    [InlineData("12\tDeadlin\t2022-06-30\t-\t-\t-\t-\n", "line 5: kind 'Deadlin'")]
    [InlineData("12\tDeadline\t2022/06/30\t-\t-\t-\t-\n", "line 5: date '2022/06/30' is not a date written yyyy-MM-dd")]
    [InlineData("x\tDeadline\t2022-06-30\t-\t-\t-\t-\n", "line 5: line 'x' is not a positive line number")]
    [InlineData("12\tDeadline\t-\t-\t-\t-\t-\n", "line 5: an item needs a date or a recurrence")]
    public void Read_ABadRow_SaysWhatIsWrongAndWhere(string row, string expected)
    {
        var error = Assert.Throws<LabelFileException>(() => LabelFileReader.Read("a.labels.tsv", Header + row));

        Assert.Contains("a.labels.tsv " + expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoTypeOrAnUnknownType_IsRefused()
    {
        Assert.Contains("no '# type:' line", Assert.Throws<LabelFileException>(() => LabelFileReader.Read("b.labels.tsv", "1\tTarget\t2024-12-31\t-\t-\t-\t-\n")).Message, StringComparison.Ordinal);
        Assert.Contains("type 'memo'", Assert.Throws<LabelFileException>(() => LabelFileReader.Read("b.labels.tsv", "# type: memo\n")).Message, StringComparison.Ordinal);
    }
}
