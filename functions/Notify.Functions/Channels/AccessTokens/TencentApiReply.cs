using System.Globalization;
using System.Text.Json;

namespace Notify.Functions.Channels.AccessTokens;

/// <summary>
/// A JSON answer from the WeChat or WeCom API: every one carries errcode/errmsg (errcode absent or 0
/// means success). Keeps the raw text for the delivery record.
/// </summary>
public sealed class TencentApiReply
{
    private readonly JsonElement _root;

    private TencentApiReply(JsonElement root, string raw)
    {
        _root = root;
        Raw = raw;
        ErrorCode = root.TryGetProperty("errcode", out var code) && code.ValueKind == JsonValueKind.Number ? code.GetInt32() : 0;
        ErrorMessage = String("errmsg");
    }

    public int ErrorCode { get; }

    public string? ErrorMessage { get; }

    public string Raw { get; }

    public bool IsSuccess => ErrorCode == 0;

    /// <summary>Parses a reply; null when the body is not a JSON object (a proxy error page, say).</summary>
    public static TencentApiReply? Parse(string raw)
    {
        try
        {
            using var document = JsonDocument.Parse(raw);
            return document.RootElement.ValueKind == JsonValueKind.Object ? new TencentApiReply(document.RootElement.Clone(), raw) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A property as text, whether the provider sent it as a string or a number (msgid is either).</summary>
    public string? String(string name) =>
        _root.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    public long? Int64(string name) =>
        String(name) is { } text && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
}
