namespace Notify.Functions.Consent;

/// <summary>
/// The reply words that opt a number out of SMS (退订, TD, T, N, STOP and Twilio's other stop words)
/// or back in (订阅, START, UNSTOP). The whole trimmed body must be the word, in any case.
/// </summary>
public static class SmsReplyKeywords
{
    private static readonly HashSet<string> OptOutWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "退订", "TD", "T", "N", "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT",
    };

    private static readonly HashSet<string> OptInWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "订阅", "START", "UNSTOP",
    };

    public static SmsReplyKeyword Classify(string? body)
    {
        var word = (body ?? "").Trim().TrimEnd('.', '。', '!', '！');
        return OptOutWords.Contains(word) ? SmsReplyKeyword.OptOut
            : OptInWords.Contains(word) ? SmsReplyKeyword.OptIn
            : SmsReplyKeyword.None;
    }
}
