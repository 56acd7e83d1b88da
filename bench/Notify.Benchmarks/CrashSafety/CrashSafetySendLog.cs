using Notify.Functions.Deliver;

namespace Notify.Benchmarks.CrashSafety;

/// <summary>The sandbox send log of a run: one line per actual send (delivery id, channel, time).</summary>
public sealed class CrashSafetySendLog
{
    private CrashSafetySendLog(int lines, Dictionary<string, int> sendsByRecipient)
    {
        Lines = lines;
        SendsByRecipient = sendsByRecipient;
    }

    public int Lines { get; }

    /// <summary>Sends per recipient of the job (delivery ids of other jobs are ignored).</summary>
    public Dictionary<string, int> SendsByRecipient { get; }

    public int Duplicates => SendsByRecipient.Values.Sum(sends => sends - 1);

    public static CrashSafetySendLog Read(string path, string jobId)
    {
        var sends = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = 0;
        if (!File.Exists(path))
        {
            return new CrashSafetySendLog(0, sends);
        }

        foreach (var line in File.ReadLines(path))
        {
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
            sends[key.Row] = sends.GetValueOrDefault(key.Row) + 1;
        }

        return new CrashSafetySendLog(lines, sends);
    }
}
