namespace Notify.Core.Text;

/// <summary>
/// Finds running heads the vocabulary in <see cref="PageFurniture"/> does not know: a short unpunctuated
/// line that comes back on page after page. Three occurrences are enough; legitimate repeats (headings,
/// titles, organization names, dates) are never candidates.
/// </summary>
internal static class RunningHeads
{
    private const int MinimumRepeats = 3;

    public static void Mark(List<CleanLine> lines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (IsCandidate(line))
            {
                counts[line.Text] = counts.GetValueOrDefault(line.Text) + 1;
            }
        }

        foreach (var line in lines)
        {
            if (IsCandidate(line) && counts[line.Text] >= MinimumRepeats)
            {
                line.Noise = LineNoise.PageFurniture;
            }
        }
    }

    private static bool IsCandidate(CleanLine line) =>
        line.IsContent && line.Traits == LineTraits.None && PageFurniture.CouldBeRunningHead(line.Text);
}
