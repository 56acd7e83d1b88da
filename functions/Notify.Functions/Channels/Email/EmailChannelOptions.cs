namespace Notify.Functions.Channels.Email;

/// <summary>
/// The SMTP relay, from configuration "Notify:Channels:Email". <see cref="EnableSsl"/> means STARTTLS, required
/// (usually port 587); without it the conversation is plain. Credentials are optional; the password is never logged.
/// </summary>
public sealed class EmailChannelOptions
{
    public const string Section = "Notify:Channels:Email";

    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    public bool EnableSsl { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>
    /// SHA-256 fingerprint (hex, colons allowed) of a relay certificate to trust although no authority the
    /// system trusts issued it, such as an internal relay's self-signed one; empty to trust the system's only.
    /// </summary>
    public string? TrustedCertificateSha256 { get; set; }

    public string From { get; set; } = "";

    public string? FromName { get; set; }

    /// <summary>The right-hand side of Message-IDs; the From address's domain when not set.</summary>
    public string? MessageIdDomain { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many messages per second the mail server accepts from us; 0 = no limit.</summary>
    public double MessagesPerSecond { get; set; }
}
