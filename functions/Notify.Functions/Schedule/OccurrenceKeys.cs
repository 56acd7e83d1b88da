using System.Globalization;
using System.Text;

namespace Notify.Functions.Schedule;

/// <summary>How occurrences are keyed in the Occurrences table: partition = UTC due hour, row = item + kind + occurrence.</summary>
public static class OccurrenceKeys
{
    /// <summary>The UTC hour the occurrence is due in, e.g. "2026-09-01T01"; sorts in time order.</summary>
    public static string Bucket(DateTimeOffset dueUtc) =>
        dueUtc.ToUniversalTime().ToString("yyyy-MM-dd'T'HH", CultureInfo.InvariantCulture);

    /// <summary>A stable row key; characters tables refuse in keys (/ \ # ? and control characters) become '_'.</summary>
    public static string Row(string itemId, string templateKind, string occurrenceId)
    {
        var key = new StringBuilder($"{itemId}|{templateKind}|{occurrenceId}");
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] is '/' or '\\' or '#' or '?' || char.IsControl(key[i]))
            {
                key[i] = '_';
            }
        }

        return key.ToString();
    }
}
