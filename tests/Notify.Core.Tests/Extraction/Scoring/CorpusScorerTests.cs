using Notify.Core.Extraction.Scoring;

namespace Notify.Core.Tests.Extraction.Scoring;

public sealed class CorpusScorerTests : IDisposable
{
    private const string Labels = "# type: reporting\n# place: 某县\n# docnumber: 某政办发〔2022〕9号\n"
        + "# line\tkind\tdate\tend\trecurrence\tlead\tcooperating\n4\tDeadline\t2022-06-30\t-\t-\t各乡镇人民政府\t-\n";

    private const string Notice = "某县人民政府办公室关于报送秸秆禁烧工作台账的通知\n某政办发〔2022〕9号\n各乡镇人民政府：\n"
        + "请各乡镇人民政府于2022年6月30日前将台账报送县政府办公室。\n某县人民政府办公室\n2022年5月9日\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("notify-corpus-").FullName;

    [Fact]
    public void ScoreFolder_ATextDocumentAndItsLabels_ScoresTheFile()
    {
        File.WriteAllText(Path.Combine(_folder, "a.txt"), Notice);
        File.WriteAllText(Path.Combine(_folder, "a.labels.tsv"), Labels);

        var score = new CorpusScorer().ScoreFolder(_folder);

        var document = Assert.Single(score.Documents);
        Assert.Equal(("a", "reporting", 1, 1, 1), (document.Name, document.DocumentType, document.Counts.MatchedLabels, document.Counts.DocNumbersFound, document.Counts.UnitsRight));
    }

    [Fact]
    public void ScoreFolder_AnHtmlDocument_CountsLinesInTheTextReadOutOfIt()
    {
        var html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><p>"
            + string.Join("</p><p>", Notice.TrimEnd('\n').Split('\n')) + "</p></body></html>";
        File.WriteAllText(Path.Combine(_folder, "b.html"), html);
        File.WriteAllText(Path.Combine(_folder, "b.labels.tsv"), Labels);

        var counts = new CorpusScorer().ScoreFolder(_folder).Total;

        Assert.Equal((1, 1), (counts.MatchedLabels, counts.DocNumbersFound));
    }

    [Fact]
    public void ScoreFolder_LabelsWithoutADocumentOrNoLabels_SayWhatIsMissing()
    {
        Assert.Contains("holds no *.labels.tsv files", Assert.Throws<LabelFileException>(() => new CorpusScorer().ScoreFolder(_folder)).Message, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_folder, "c.labels.tsv"), Labels);

        Assert.Contains("c.labels.tsv: no document c.txt", Assert.Throws<LabelFileException>(() => new CorpusScorer().ScoreFolder(_folder)).Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
