using System.Text;

namespace Notify.Storage.Http;

/// <summary>Percent-encoding for URL path segments and query strings, done once so signing sees exactly what is sent.</summary>
internal static class StoragePath
{
    public static string EscapeSegment(string segment) => Uri.EscapeDataString(segment);

    /// <summary>Escapes each '/'-separated segment of a blob name, keeping the slashes as path separators.</summary>
    public static string EscapeBlobName(string blobName)
    {
        if (!blobName.Contains('/', StringComparison.Ordinal))
        {
            return Uri.EscapeDataString(blobName);
        }

        var builder = new StringBuilder(blobName.Length + 16);
        var first = true;
        foreach (var segment in blobName.Split('/'))
        {
            if (!first)
            {
                builder.Append('/');
            }

            builder.Append(Uri.EscapeDataString(segment));
            first = false;
        }

        return builder.ToString();
    }
}
