using System.Text.RegularExpressions;
using MimeKit;
using Notify.Core.Channels;

namespace Notify.Functions.Senders;

/// <summary>Checks a sender profile's fields; every problem is reported under the field's name, saying what is expected.</summary>
public static partial class SenderDetailsValidator
{
    public const int MaxNameLength = 40;

    public static Dictionary<string, string[]> Validate(SenderDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Check(string field, string? problem)
        {
            if (problem is not null)
            {
                errors[field] = [problem];
            }
        }

        Check("displayName", NameProblem(details.DisplayName, "the authority's name as it signs, e.g. 扎赉特旗医疗保障局"));
        Check("smsSignature", details.SmsSignature is null ? "required: the registered SMS signature, e.g. 【扎赉特医保】" : SmsSignature.Problem(details.SmsSignature));
        Check("emailSenderName", NameProblem(details.EmailSenderName, "the name email is sent as"));
        Check("emailAddress", EmailProblem(details.EmailAddress));
        Check("weChatAppId", details.WeChatAppId is { } appId && WeChatAppId().IsMatch(appId) ? null : "the Official Account's app id: \"wx\" and 16 hex digits");
        Check("weComAgentId", details.WeComAgentId is > 0 ? null : "the WeCom app's agent id, a positive number such as 1000002");
        Check("hotline", details.Hotline is { } hotline && Hotline().IsMatch(hotline) ? null : "a telephone number of 3 to 20 digits, an area code may be joined by '-', e.g. 0482-6112345 or 12345");
        Check("website", WebsiteProblem(details.Website));
        return errors;
    }

    private static string? NameProblem(string? value, string expected) =>
        string.IsNullOrWhiteSpace(value) ? $"required: {expected}"
        : value.Length > MaxNameLength || value.AsSpan().IndexOfAny('\r', '\n') >= 0 ? $"one line of at most {MaxNameLength} characters: {expected}"
        : null;

    private static string? EmailProblem(string? value) =>
        value is not null && MailboxAddress.TryParse(value, out var mailbox) && mailbox.Address == value.Trim() && mailbox.Domain.Contains('.', StringComparison.Ordinal)
            ? null
            : "an email address such as yibao@zlt.gov.cn";

    private static string? WebsiteProblem(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Contains('.', StringComparison.Ordinal)
            ? null
            : "an https address such as https://www.zlt.gov.cn";

    [GeneratedRegex("^wx[0-9a-f]{16}$")]
    private static partial Regex WeChatAppId();

    [GeneratedRegex("^[0-9](-?[0-9]){2,19}$")]
    private static partial Regex Hotline();
}
