using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Notify.Functions.Tests.Channels.Email;

/// <summary>
/// A message exactly as the SMTP server received it, with just enough MIME reading to check it:
/// unfolded headers, RFC 2047 encoded-words, multipart bodies, base64 and quoted-printable parts.
/// </summary>
public sealed partial class ReceivedEmail
{
    private ReceivedEmail(string raw, IReadOnlyList<KeyValuePair<string, string>> headers, IReadOnlyList<ReceivedEmail> parts, string body)
    {
        Raw = raw;
        Headers = headers;
        Parts = parts;
        Body = body;
    }

    /// <summary>The bytes received, as ASCII/UTF-8 text.</summary>
    public string Raw { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    public IReadOnlyList<ReceivedEmail> Parts { get; }

    /// <summary>The decoded body of a leaf part.</summary>
    public string Body { get; }

    public string? Header(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();

    public string Subject => DecodeWords(Header("Subject") ?? "");

    public string ContentType => Header("Content-Type") ?? "text/plain";

    public static ReceivedEmail Parse(byte[] bytes) => Parse(Encoding.UTF8.GetString(bytes));

    private static ReceivedEmail Parse(string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? raw : raw[..split];
        var rest = split < 0 ? "" : raw[(split + 4)..];
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in head.Split("\r\n"))
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && headers.Count > 0)
            {
                var last = headers[^1];
                headers[^1] = new(last.Key, last.Value + line);
            }
            else if (line.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
            {
                headers.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
            }
        }

        var contentType = headers.FirstOrDefault(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value ?? "text/plain";
        if (contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            var boundary = BoundaryPattern().Match(contentType).Groups[1].Value;
            var sections = rest.Split("--" + boundary);
            var parts = sections.Skip(1).TakeWhile(s => !s.StartsWith("--", StringComparison.Ordinal))
                .Select(s => Parse(s.TrimStart('\r', '\n'))).ToList();
            return new ReceivedEmail(raw, headers, parts, "");
        }

        var encoding = headers.FirstOrDefault(h => h.Key.Equals("Content-Transfer-Encoding", StringComparison.OrdinalIgnoreCase)).Value ?? "7bit";
        return new ReceivedEmail(raw, headers, [], DecodeBody(rest, encoding));
    }

    private static string DecodeBody(string body, string transferEncoding) => transferEncoding.ToLowerInvariant() switch
    {
        "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c))))),
        "quoted-printable" => QuotedPrintable(body.Replace("=\r\n", "", StringComparison.Ordinal)),
        _ => body.TrimEnd('\r', '\n'),
    };

    private static string QuotedPrintable(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length)
            {
                bytes.Add(byte.Parse(text.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString([.. bytes]).TrimEnd('\r', '\n');
    }

    // Adjacent encoded-words are one run of bytes: a multi-byte character may be split between them.
    private static string DecodeWords(string value)
    {
        var joined = BetweenWordsPattern().Replace(value, "?==?");
        var result = new StringBuilder();
        var pending = new List<byte>();
        var position = 0;
        foreach (Match match in EncodedWordPattern().Matches(joined))
        {
            if (match.Index != position)
            {
                result.Append(Encoding.UTF8.GetString([.. pending])).Append(joined, position, match.Index - position);
                pending.Clear();
            }

            var text = match.Groups[3].Value;
            pending.AddRange(match.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(text)
                : Encoding.UTF8.GetBytes(QuotedPrintable(text.Replace('_', ' '))));
            position = match.Index + match.Length;
        }

        return result.Append(Encoding.UTF8.GetString([.. pending])).Append(joined[position..]).ToString();
    }

    [GeneratedRegex(@"boundary=""?([^"";]+)""?", RegexOptions.IgnoreCase)]
    private static partial Regex BoundaryPattern();

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex BetweenWordsPattern();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWordPattern();
}
