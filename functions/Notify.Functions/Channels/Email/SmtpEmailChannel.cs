using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Notify.Core.Channels;

namespace Notify.Functions.Channels.Email;

/// <summary>
/// Sends email through an SMTP relay with System.Net.Mail (a new SmtpClient per send: it is not thread-safe):
/// UTF-8 subject, multipart/alternative with a plain-text and an HTML part, and a Message-ID derived from
/// the delivery id. A message the server accepted is <see cref="SendOutcome.Delivered"/>.
/// </summary>
public sealed class SmtpEmailChannel(EmailChannelOptions options, ILogger<SmtpEmailChannel> logger) : IMessageChannel, IDisposable
{
    private readonly SendPace _pace = new(options.MessagesPerSecond);

    public ChannelKind Kind => ChannelKind.Email;

    public void Dispose() => _pace.Dispose();

    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Content is not EmailContent content)
        {
            throw new ArgumentException($"The email channel sends EmailContent, not {message.Content.GetType().Name}.", nameof(message));
        }

        if (string.IsNullOrWhiteSpace(options.Host) || string.IsNullOrWhiteSpace(options.From))
        {
            return new SendResult(SendOutcome.TechnicalFailure, ErrorCode: "not-configured", Reason: $"{EmailChannelOptions.Section}:Host and :From must be set.");
        }

        var messageId = EmailMessageIds.For(message.DeliveryId, MessageIdDomain());
        using var turn = await _pace.WaitAsync(cancellationToken);
        SendResult result;
        try
        {
            using var mail = Compose(message.Address, content, messageId);
            using var client = CreateClient();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Timeout);
            try
            {
                await client.SendMailAsync(mail, timeout.Token);
            }
            catch (Exception exception) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                // SmtpClient reports a cancelled send as a bare SmtpException, not as a cancellation.
                throw new TimeoutException("The SMTP send timed out.", exception);
            }

            result = new SendResult(SendOutcome.Delivered, ProviderMessageId: messageId);
        }
        catch (Exception exception) when (exception is SmtpException or IOException or TimeoutException or FormatException)
        {
            result = SmtpFailureClassifier.Classify(exception) with { ProviderMessageId = messageId };
        }

        logger.LogInformation(
            "Email delivery {DeliveryId}: {Outcome} {ErrorCode}", message.DeliveryId, result.Outcome, result.ErrorCode);
        return result;
    }

    private MailMessage Compose(string address, EmailContent content, string messageId)
    {
        var mail = new MailMessage
        {
            From = new MailAddress(options.From, options.FromName, Encoding.UTF8),
            Subject = content.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        mail.To.Add(new MailAddress(address));
        mail.Headers.Add("Message-ID", messageId);

        // Plain text first, HTML last: mail readers show the last alternative they understand.
        mail.AlternateViews.Add(View(content.Text, MediaTypeNames.Text.Plain));
        mail.AlternateViews.Add(View(content.Html, MediaTypeNames.Text.Html));
        return mail;
    }

    private static AlternateView View(string body, string mediaType)
    {
        var view = AlternateView.CreateAlternateViewFromString(body, Encoding.UTF8, mediaType);
        view.TransferEncoding = TransferEncoding.Base64;
        return view;
    }

    private SmtpClient CreateClient()
    {
        var client = new SmtpClient(options.Host, options.Port)
        {
            EnableSsl = options.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = (int)options.Timeout.TotalMilliseconds,
        };
        if (!string.IsNullOrEmpty(options.UserName))
        {
            client.Credentials = new NetworkCredential(options.UserName, options.Password);
        }

        return client;
    }

    private string MessageIdDomain()
    {
        if (!string.IsNullOrWhiteSpace(options.MessageIdDomain))
        {
            return options.MessageIdDomain;
        }

        var at = options.From.LastIndexOf('@');
        return at >= 0 && at < options.From.Length - 1 ? options.From[(at + 1)..] : "notify.invalid";
    }
}
