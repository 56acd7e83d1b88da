using System.Globalization;
using System.Text.RegularExpressions;

namespace Notify.Core.Channels;

/// <summary>
/// The registered 【签名】 a Chinese SMS must start with. It belongs to the sender (one per issuing authority), never to
/// a template: the SMS path puts it in front of the rendered body, and it counts towards the length and parts billed.
/// </summary>
public static partial class SmsSignature
{
    public const int MinNameLength = 2;
    public const int MaxNameLength = 12;

    /// <summary>The longest signature a sender may register, brackets included: what a template's length is checked with.</summary>
    public static string Longest { get; } = "【" + new string('签', MaxNameLength) + "】";

    /// <summary>Why <paramref name="signature"/> is not a registrable signature, or null when it is.</summary>
    public static string? Problem(string? signature)
    {
        var match = Whole().Match(signature ?? "");
        if (!match.Success)
        {
            return "a signature is a name in full-width brackets, e.g. 【扎赉特医保】";
        }

        var length = new StringInfo(match.Groups["name"].Value.Trim()).LengthInTextElements;
        return length is < MinNameLength or > MaxNameLength
            ? $"the name in {signature} has {length} characters; it needs {MinNameLength} to {MaxNameLength}"
            : null;
    }

    /// <summary>The 【…】 a text starts with, or null.</summary>
    public static string? Leading(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Start().Match(text);
        return match.Success ? match.Value : null;
    }

    public static string Sign(string signature, string body)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(body);
        return signature + body;
    }

    [GeneratedRegex(@"^【(?<name>[^【】\r\n]*)】$")]
    private static partial Regex Whole();

    [GeneratedRegex(@"^\s*【[^【】\r\n]*】")]
    private static partial Regex Start();
}
