using System.Globalization;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Notify.Core.Channels;

namespace Notify.Functions.Channels.Email;

/// <summary>
/// Maps what MailKit threw to a <see cref="SendOutcome"/>: a 5xx reply is permanent, a 4xx reply, a timeout
/// or an unreachable server is temporary, an authentication or TLS failure or a missing STARTTLS is ours to
/// fix (technical). Reasons carry the reply code, never the server's text (it may echo the address).
/// </summary>
public static class SmtpFailureClassifier
{
    private static readonly int[] AuthenticationCodes = [530, 534, 535, 538];

    /// <summary>True for the failures <see cref="Classify"/> maps; anything else is a bug to surface.</summary>
    public static bool Knows(Exception exception) => exception is
        SmtpCommandException or SmtpProtocolException or AuthenticationException or SslHandshakeException
        or ServiceNotAuthenticatedException or ServiceNotConnectedException or NotSupportedException or ParseException
        or SocketException or IOException or TimeoutException;

    public static SendResult Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted } recipient => ByCode((int)recipient.StatusCode, "The recipient's mailbox"),
            SmtpCommandException command => ByCode((int)command.StatusCode, "The SMTP server"),
            AuthenticationException or ServiceNotAuthenticatedException =>
                new SendResult(SendOutcome.TechnicalFailure, ErrorCode: "authentication", Reason: "The SMTP server refused our credentials or requires them."),
            SslHandshakeException =>
                new SendResult(SendOutcome.TechnicalFailure, ErrorCode: "tls", Reason: "The TLS handshake with the SMTP server failed."),
            // MailKit's NotSupportedException: the server lacks what we require, such as STARTTLS or AUTH. Ours to fix, not to retry.
            NotSupportedException =>
                new SendResult(SendOutcome.TechnicalFailure, ErrorCode: "protocol", Reason: "The SMTP server does not offer what we require (STARTTLS or AUTH)."),
            ParseException =>
                new SendResult(SendOutcome.PermanentFailure, ErrorCode: "invalid-address", Reason: "The email address is not valid."),
            SocketException socket =>
                new SendResult(SendOutcome.TemporaryFailure, ErrorCode: socket.SocketErrorCode.ToString(), Reason: "The SMTP server could not be reached."),
            _ when Knows(exception) =>
                new SendResult(SendOutcome.TemporaryFailure, ErrorCode: "connection", Reason: "The SMTP conversation failed or timed out."),
            _ => throw new InvalidOperationException("Unexpected failure while sending email.", exception),
        };
    }

    private static SendResult ByCode(int code, string who)
    {
        var text = code.ToString(CultureInfo.InvariantCulture);
        if (AuthenticationCodes.Contains(code))
        {
            return new SendResult(SendOutcome.TechnicalFailure, ErrorCode: text, Reason: $"The SMTP server refused our authentication ({text}).");
        }

        return code is >= 500 and < 600
            ? new SendResult(SendOutcome.PermanentFailure, ErrorCode: text, Reason: $"{who} refused the message ({text}).")
            : new SendResult(SendOutcome.TemporaryFailure, ErrorCode: text, Reason: $"{who} deferred the message ({text}).");
    }
}
