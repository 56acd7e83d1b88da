namespace Notify.Benchmarks.CrashSafety;

/// <summary>
/// Each repeated send laid at the kill it straddles: a recipient's send before kill k (its line is among the first
/// <see cref="CrashSafetyKill.SendsAtKill"/>) repeated after it. A repeat that straddles no kill happened with the app
/// running, which no kill explains.
/// </summary>
public sealed class CrashSafetyDuplicates
{
    private readonly Dictionary<int, int> _caused = [];
    private readonly Dictionary<int, int> _ofInFlight = [];

    public CrashSafetyDuplicates(IReadOnlyList<CrashSafetyKill> kills, IReadOnlyDictionary<string, List<int>> linesByRecipient)
    {
        ArgumentNullException.ThrowIfNull(kills);
        ArgumentNullException.ThrowIfNull(linesByRecipient);
        foreach (var (recipient, lines) in linesByRecipient)
        {
            for (var i = 1; i < lines.Count; i++)
            {
                var kill = kills.FirstOrDefault(k => lines[i - 1] < k.SendsAtKill && lines[i] >= k.SendsAtKill);
                if (kill is null)
                {
                    Unattributed++;
                    continue;
                }

                _caused[kill.Number] = _caused.GetValueOrDefault(kill.Number) + 1;
                if (kill.InFlight.Contains(recipient))
                {
                    _ofInFlight[kill.Number] = _ofInFlight.GetValueOrDefault(kill.Number) + 1;
                }
            }
        }
    }

    /// <summary>Repeats with no kill between the two sends.</summary>
    public int Unattributed { get; }

    public int CausedBy(CrashSafetyKill kill) => _caused.GetValueOrDefault(kill?.Number ?? 0);

    /// <summary>Of <see cref="CausedBy"/>, the repeats of recipients whose rows were in flight at the kill.</summary>
    public int OfInFlight(CrashSafetyKill kill) => _ofInFlight.GetValueOrDefault(kill?.Number ?? 0);
}
