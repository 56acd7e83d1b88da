using System.Net.Mail;
using System.Net.Sockets;
using System.Security.Authentication;
using Notify.Core.Channels;

namespace Notify.Functions.Channels.Email;

/// <summary>
/// Maps what SmtpClient threw to a <see cref="SendOutcome"/>: a refused mailbox (5xx) is permanent, a
/// 4xx reply, a timeout or an unreachable server is temporary, an authentication or TLS failure is ours
/// to fix (technical). Reasons carry the reply code, never the server's text (it may echo the address).
/// </summary>
public static class SmtpFailureClassifier
{
    private static readonly int[] AuthenticationCodes = [530, 534, 535, 538];

    public static SendResult Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            SmtpFailedRecipientException recipient => ByCode((int)recipient.StatusCode, "The recipient's mailbox"),
            SmtpException smtp when Find<AuthenticationException>(smtp) is not null =>
                new SendResult(SendOutcome.TechnicalFailure, ErrorCode: "tls", Reason: "The TLS handshake with the SMTP server failed."),
            SmtpException smtp when (int)smtp.StatusCode > 0 => ByCode((int)smtp.StatusCode, "The SMTP server"),
            SmtpException smtp when Find<SocketException>(smtp) is { } socket =>
                new SendResult(SendOutcome.TemporaryFailure, ErrorCode: socket.SocketErrorCode.ToString(), Reason: "The SMTP server could not be reached."),
            // SmtpClient throws a bare SmtpException (no reply code, no inner error) when the server lacks
            // something we require, such as STARTTLS with EnableSsl: ours to fix, not to retry.
            SmtpException { StatusCode: SmtpStatusCode.GeneralFailure, InnerException: null } =>
                new SendResult(SendOutcome.TechnicalFailure, ErrorCode: "protocol", Reason: "The SMTP server does not offer what we require (STARTTLS?)."),
            SmtpException or IOException or SocketException or TimeoutException =>
                new SendResult(SendOutcome.TemporaryFailure, ErrorCode: "connection", Reason: "The SMTP conversation failed or timed out."),
            FormatException =>
                new SendResult(SendOutcome.PermanentFailure, ErrorCode: "invalid-address", Reason: "The email address is not valid."),
            _ => throw new InvalidOperationException("Unexpected failure while sending email.", exception),
        };
    }

    private static SendResult ByCode(int code, string who)
    {
        var text = code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (AuthenticationCodes.Contains(code))
        {
            return new SendResult(SendOutcome.TechnicalFailure, ErrorCode: text, Reason: $"The SMTP server refused our authentication ({text}).");
        }

        return code is >= 500 and < 600
            ? new SendResult(SendOutcome.PermanentFailure, ErrorCode: text, Reason: $"{who} refused the message ({text}).")
            : new SendResult(SendOutcome.TemporaryFailure, ErrorCode: text, Reason: $"{who} deferred the message ({text}).");
    }

    private static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (var current = exception.InnerException; current is not null; current = current.InnerException)
        {
            if (current is T match)
            {
                return match;
            }
        }

        return null;
    }
}
