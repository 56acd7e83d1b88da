namespace Notify.Core.Extraction.Scoring;

/// <summary>
/// The counts behind precision, recall, unit F1 and 文号 found, for one document or added up over many.
/// </summary>
public sealed record ScoreCounts(
    int Labels,
    int Items,
    int MatchedLabels,
    int MatchedItems,
    int KindsAgreeing,
    int UnitsRight,
    int UnitsExtra,
    int UnitsMissed,
    int DocNumbers,
    int DocNumbersFound)
{
    public static ScoreCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public double Precision => Ratio(MatchedItems, Items);

    public double Recall => Ratio(MatchedLabels, Labels);

    public double UnitF1 => Ratio(2 * UnitsRight, (2 * UnitsRight) + UnitsExtra + UnitsMissed);

    public double KindAgreement => Ratio(KindsAgreeing, MatchedLabels);

    public static ScoreCounts operator +(ScoreCounts left, ScoreCounts right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(
            left.Labels + right.Labels,
            left.Items + right.Items,
            left.MatchedLabels + right.MatchedLabels,
            left.MatchedItems + right.MatchedItems,
            left.KindsAgreeing + right.KindsAgreeing,
            left.UnitsRight + right.UnitsRight,
            left.UnitsExtra + right.UnitsExtra,
            left.UnitsMissed + right.UnitsMissed,
            left.DocNumbers + right.DocNumbers,
            left.DocNumbersFound + right.DocNumbersFound);
    }

    public static ScoreCounts Add(ScoreCounts left, ScoreCounts right) => left + right;

    // Nothing to find and nothing found is a perfect score, as in the graders' convention.
    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
