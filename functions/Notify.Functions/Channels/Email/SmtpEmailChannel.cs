using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Notify.Core.Channels;

namespace Notify.Functions.Channels.Email;

/// <summary>
/// Sends email through an SMTP relay with MailKit (a new SmtpClient per send: it is not thread-safe):
/// STARTTLS when <see cref="EmailChannelOptions.EnableSsl"/>, authentication when a user name is set,
/// UTF-8 subject, a plain-text and an HTML alternative, and a Message-ID derived from the delivery id. It is sent From
/// the message's sender (the authority's profile) when it has an address, else From the configured address.
/// A message the server accepted is <see cref="SendOutcome.Delivered"/>.
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

        var from = From(message.Sender);
        if (string.IsNullOrWhiteSpace(options.Host) || from is null)
        {
            return new SendResult(SendOutcome.TechnicalFailure, ErrorCode: "not-configured", Reason: $"{EmailChannelOptions.Section}:Host and :From (an address) must be set.");
        }

        var messageId = EmailMessageIds.For(message.DeliveryId, MessageIdDomain());
        using var turn = await _pace.WaitAsync(cancellationToken);
        SendResult result;
        try
        {
            using var mail = Compose(from, message.Address, content, messageId);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Timeout);
            try
            {
                await DeliverAsync(mail, timeout.Token);
            }
            catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException("The SMTP send timed out.", exception);
            }

            result = new SendResult(SendOutcome.Delivered, ProviderMessageId: messageId);
        }
        catch (Exception exception) when (SmtpFailureClassifier.Knows(exception))
        {
            result = SmtpFailureClassifier.Classify(exception) with { ProviderMessageId = messageId };
        }

        logger.LogInformation(
            "Email delivery {DeliveryId}: {Outcome} {ErrorCode}", message.DeliveryId, result.Outcome, result.ErrorCode);
        return result;
    }

    private async Task DeliverAsync(MimeMessage mail, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        if (!string.IsNullOrWhiteSpace(options.TrustedCertificateSha256))
        {
            client.ServerCertificateValidationCallback = IsTrusted;
        }

        await client.ConnectAsync(options.Host, options.Port, options.EnableSsl ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
        }

        await client.SendAsync(mail, cancellationToken);

        // The relay has taken the message: a failed QUIT must not turn it into a retry, and so a duplicate.
        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception exception) when (SmtpFailureClassifier.Knows(exception) || exception is OperationCanceledException)
        {
            logger.LogDebug("SMTP QUIT after an accepted message failed: {Error}", exception.GetType().Name);
        }
    }

    private MailboxAddress? From(MessageSender? sender)
    {
        if (sender?.EmailAddress is { } address)
        {
            return new MailboxAddress(sender.EmailName ?? "", address);
        }

        return MailboxAddress.TryParse(options.From, out var configured) && !string.IsNullOrEmpty(configured.Domain)
            ? new MailboxAddress(options.FromName ?? "", configured.Address)
            : null;
    }

    private static MimeMessage Compose(MailboxAddress from, string address, EmailContent content, string messageId)
    {
        var mail = new MimeMessage
        {
            Subject = content.Subject,
            MessageId = messageId.Trim('<', '>'),
            Body = new BodyBuilder { TextBody = content.Text, HtmlBody = content.Html }.ToMessageBody(),
        };
        mail.From.Add(from);
        mail.To.Add(MailboxAddress.Parse(address));
        return mail;
    }

    /// <summary>What the system trusts, plus the one relay certificate configured by its fingerprint.</summary>
    private bool IsTrusted(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        var pinned = Convert.FromHexString(options.TrustedCertificateSha256!.Replace(":", "", StringComparison.Ordinal));
        return certificate is not null && CryptographicOperations.FixedTimeEquals(certificate.GetCertHash(HashAlgorithmName.SHA256), pinned);
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
