using System.Text;

namespace Notify.Functions.Receipts.Twilio;

/// <summary>The answers Twilio's webhooks get: 403 for a bad signature, TwiML for replies.</summary>
public static class TwilioResults
{
    public static IResult InvalidSignature() =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Invalid Twilio signature", detail: "X-Twilio-Signature is missing or does not match this URL and body.");

    public static IResult StaleStatusCallback() =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Stale Twilio status callback", detail: "The status URL carries no send time, or one outside the receipt window.");

    /// <summary>TwiML replying with <paramref name="message"/>, or an empty response (no reply SMS) when null. The message is our own fixed text.</summary>
    public static IResult TwiML(string? message) => Results.Text(
        message is null ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>" : $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>{System.Security.SecurityElement.Escape(message)}</Message></Response>",
        "text/xml",
        Encoding.UTF8);
}
