using System.Globalization;

namespace Notify.Storage.Tables;

/// <summary>
/// The embedded HTTP responses of a $batch reply, in order. Rather than walking the nested multipart structure,
/// it scans for "HTTP/1.1 NNN" status lines, which is robust to the boundary quirks of the service and Azurite.
/// </summary>
internal sealed class TableBatchResponse
{
    private TableBatchResponse(List<Part> parts) => Parts = parts;

    public IReadOnlyList<Part> Parts { get; }

    public static TableBatchResponse Parse(string body)
    {
        var parts = new List<Part>();
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (!line.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) || line.Length < 12)
            {
                continue;
            }

            var status = int.Parse(line.AsSpan(9, 3), NumberStyles.None, CultureInfo.InvariantCulture);
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (i++; i < lines.Length && lines[i].TrimEnd('\r').Length > 0; i++)
            {
                var header = lines[i].TrimEnd('\r');
                var colon = header.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    headers[header[..colon].Trim()] = header[(colon + 1)..].Trim();
                }
            }

            var content = new List<string>();
            for (i++; i < lines.Length && !lines[i].StartsWith("--", StringComparison.Ordinal); i++)
            {
                content.Add(lines[i].TrimEnd('\r'));
            }

            i--;
            parts.Add(new Part(status, headers, string.Join('\n', content).Trim()));
        }

        return new TableBatchResponse(parts);
    }

    internal sealed record Part(int Status, IReadOnlyDictionary<string, string> Headers, string Content);
}
