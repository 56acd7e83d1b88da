namespace Notify.Core.Templates;

/// <summary>The alphabet an SMS travels in: GSM 03.38 (7-bit) when every character is in it, otherwise UCS-2.</summary>
public enum SmsEncoding
{
    Gsm7,
    Ucs2,
}
