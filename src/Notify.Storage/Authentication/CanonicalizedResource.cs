using System.Text;
using Azure.Core;

namespace Notify.Storage.Authentication;

/// <summary>The canonicalized-resource part of Shared Key strings to sign (Blob/Queue full form, Table form).</summary>
internal static class CanonicalizedResource
{
    /// <summary>
    /// "/" + account + path exactly as sent (still percent-encoded), then "\nname:value" for each query parameter,
    /// names lower-cased and sorted, values URL-decoded and comma-joined.
    /// </summary>
    public static void AppendBlobQueue(StringBuilder builder, string accountName, RequestUriBuilder uri)
    {
        builder.Append('/').Append(accountName).Append(PathOf(uri));
        var parameters = ParseQuery(uri.Query);
        foreach (var (name, values) in parameters)
        {
            builder.Append('\n').Append(name).Append(':').AppendJoin(',', values);
        }
    }

    /// <summary>"/" + account + path as sent, plus "?comp=value" when a comp parameter is present.</summary>
    public static void AppendTable(StringBuilder builder, string accountName, RequestUriBuilder uri)
    {
        builder.Append('/').Append(accountName).Append(PathOf(uri));
        if (ParseQuery(uri.Query).TryGetValue("comp", out var comp))
        {
            builder.Append("?comp=").AppendJoin(',', comp);
        }
    }

    private static string PathOf(RequestUriBuilder uri) => string.IsNullOrEmpty(uri.Path) ? "/" : uri.Path;

    private static SortedDictionary<string, List<string>> ParseQuery(string? query)
    {
        var parameters = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(query))
        {
            return parameters;
        }

        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]).ToLowerInvariant();
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]);
            if (!parameters.TryGetValue(name, out var values))
            {
                parameters[name] = values = [];
            }

            values.Add(value);
        }

        return parameters;
    }
}
