using Notify.Core.Channels;

namespace Notify.Functions.Channels.Sms;

/// <summary>
/// What Twilio's error codes mean for a send (PROTOCOLS §4.5). Reasons are our own words: Twilio's
/// messages can quote the phone number.
/// </summary>
public static class TwilioErrors
{
    public const int AuthenticationFailed = 20003;
    public const int TooManyRequests = 20429;
    public const int InvalidToNumber = 21211;
    public const int RegionNotEnabled = 21408;
    public const int InvalidFromNumber = 21606;
    public const int Unsubscribed = 21610;
    public const int NotMobileNumber = 21614;
    public const int QueueOverflow = 30001;
    public const int UnreachableHandset = 30003;
    public const int MessageBlocked = 30004;
    public const int UnknownDestination = 30005;
    public const int LandlineOrUnreachableCarrier = 30006;
    public const int Filtered = 30007;
    public const int UnknownError = 30008;

    /// <summary>
    /// The outcome for a Twilio error code, falling back on the HTTP status when there is no code; status 0
    /// (no answer we could read) is temporary.
    /// </summary>
    public static SendOutcome Outcome(int? code, int httpStatus) => code switch
    {
        Unsubscribed => SendOutcome.Suppressed,
        InvalidToNumber or NotMobileNumber or RegionNotEnabled or UnreachableHandset or MessageBlocked
            or UnknownDestination or LandlineOrUnreachableCarrier or Filtered => SendOutcome.PermanentFailure,
        AuthenticationFailed or InvalidFromNumber => SendOutcome.TechnicalFailure,
        TooManyRequests or QueueOverflow or UnknownError => SendOutcome.TemporaryFailure,
        _ when httpStatus is 401 or 403 => SendOutcome.TechnicalFailure,
        _ when httpStatus is 0 or 408 or 429 or >= 500 => SendOutcome.TemporaryFailure,
        _ => SendOutcome.PermanentFailure,
    };

    public static string Reason(int? code, int httpStatus) => code switch
    {
        AuthenticationFailed => "Twilio rejected our credentials (20003)",
        TooManyRequests => "Twilio throttled the request (20429)",
        InvalidToNumber => "Invalid 'To' number (21211)",
        RegionNotEnabled => "SMS to this region is not enabled (21408)",
        InvalidFromNumber => "Our 'From' number is not SMS-capable (21606)",
        Unsubscribed => "The recipient replied STOP (21610)",
        NotMobileNumber => "'To' is not a mobile number (21614)",
        QueueOverflow => "Twilio's queue overflowed (30001)",
        UnreachableHandset => "Unreachable handset (30003)",
        MessageBlocked => "Message blocked (30004)",
        UnknownDestination => "Unknown or inactive destination (30005)",
        LandlineOrUnreachableCarrier => "Landline or unreachable carrier (30006)",
        Filtered => "Filtered by the carrier (30007)",
        UnknownError => "Unknown delivery error (30008)",
        { } other => $"Twilio error {other} (HTTP {httpStatus})",
        null => $"Twilio answered HTTP {httpStatus}",
    };
}
