using Notify.Functions.Deliver;

namespace Notify.Benchmarks.CrashSafety;

/// <summary>The sandbox send log of a run: one line per actual send (delivery id, channel, time).</summary>
public sealed class CrashSafetySendLog
{
    private CrashSafetySendLog(int lines, Dictionary<string, List<int>> linesByRecipient)
    {
        Lines = lines;
        LinesByRecipient = linesByRecipient;
        SendsByRecipient = linesByRecipient.ToDictionary(pair => pair.Key, pair => pair.Value.Count, StringComparer.Ordinal);
    }

    public int Lines { get; }

    /// <summary>Sends per recipient of the job (delivery ids of other jobs are ignored).</summary>
    public Dictionary<string, int> SendsByRecipient { get; }

    /// <summary>Where in the file (0-based line number, as <c>wc -l</c> counts lines) each of a recipient's sends is, in order.</summary>
    public Dictionary<string, List<int>> LinesByRecipient { get; }

    public int Duplicates => SendsByRecipient.Values.Sum(sends => sends - 1);

    public static CrashSafetySendLog Read(string path, string jobId)
    {
        var sends = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var lines = 0;
        if (!File.Exists(path))
        {
            return new CrashSafetySendLog(0, sends);
        }

        var number = -1;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            // A line cut short by the kill has no tab after its id and is not a completed send.
            if (tab <= 0)
            {
                continue;
            }

            var key = DeliveryKey.Parse(line[..tab]);
            if (!key.Partition.StartsWith(jobId + "|", StringComparison.Ordinal))
            {
                continue;
            }

            lines++;
            if (!sends.TryGetValue(key.Row, out var at))
            {
                sends[key.Row] = at = [];
            }

            at.Add(number);
        }

        return new CrashSafetySendLog(lines, sends);
    }
}
