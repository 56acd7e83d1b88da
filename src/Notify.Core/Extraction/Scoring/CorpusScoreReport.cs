using System.Globalization;
using System.Text;

namespace Notify.Core.Extraction.Scoring;

/// <summary>Writes a <see cref="CorpusScore"/> as a table: per file (with what was missed and extra), per document type, and in total.</summary>
public static class CorpusScoreReport
{
    private const string Columns = "precision  recall  unit F1  kind  文号";

    public static string Format(CorpusScore score, bool details)
    {
        ArgumentNullException.ThrowIfNull(score);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"file",-52} {"labels",6} {"items",5}  {Columns}");
        foreach (var document in score.Documents)
        {
            text.AppendLine(Row(document.Name, document.Counts));
            if (details)
            {
                document.Missed.ToList().ForEach(missed => text.AppendLine(CultureInfo.InvariantCulture, $"    missed {missed}"));
                document.Extra.ToList().ForEach(extra => text.AppendLine(CultureInfo.InvariantCulture, $"    extra  {extra}"));
                document.WrongUnits.ToList().ForEach(units => text.AppendLine(CultureInfo.InvariantCulture, $"    units  {units}"));
            }
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"document type (files)",-52} {"labels",6} {"items",5}  {Columns}");
        foreach (var (type, files, counts) in score.ByType)
        {
            text.AppendLine(Row($"{type} ({files})", counts));
        }

        text.AppendLine();
        text.AppendLine(Row($"all {score.Documents.Count} files", score.Total));
        return text.ToString();
    }

    private static string Row(string name, ScoreCounts counts) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-52} {counts.Labels,6} {counts.Items,5}  {counts.Precision,9:0.000}  {counts.Recall,6:0.000}  {counts.UnitF1,7:0.000}  {counts.KindAgreement,4:0.00}  {counts.DocNumbersFound}/{counts.DocNumbers}");
}
