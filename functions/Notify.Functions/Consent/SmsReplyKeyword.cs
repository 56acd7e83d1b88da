namespace Notify.Functions.Consent;

/// <summary>What an inbound SMS reply asks for.</summary>
public enum SmsReplyKeyword
{
    None,
    OptOut,
    OptIn,
}
