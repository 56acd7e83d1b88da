namespace Notify.Functions.Channels.WeChat;

/// <summary>Configuration section "Notify:Channels:WeChat": the Official Account, its event Token, and how hard to push.</summary>
public sealed class WeChatOptions
{
    public const string Section = "Notify:Channels:WeChat";

    public Uri BaseUrl { get; set; } = new("https://api.weixin.qq.com");

    public string AppId { get; set; } = "";

    /// <summary>Secret: never logged.</summary>
    public string AppSecret { get; set; } = "";

    /// <summary>The server-configuration Token that signs event pushes.</summary>
    public string Token { get; set; } = "";

    /// <summary>
    /// The server configuration's EncodingAESKey (43 letters and digits) that encrypts pushes in safe and compatible
    /// mode; setting "Notify:Channels:WeChat:EncodingAESKey". Secret: never logged.
    /// </summary>
    public string EncodingAesKey { get; set; } = "";

    /// <summary>
    /// Whether plain-mode (明文) pushes are applied. Their signature covers token, timestamp and nonce but not the
    /// body, so anyone who saw one push URL could post any result: off unless an account cannot use safe mode.
    /// </summary>
    public bool AllowPlainPushes { get; set; }

    /// <summary>How far a push's timestamp may be from our clock, either way; older or later pushes are refused.</summary>
    public TimeSpan PushWindow { get; set; } = TimeSpan.FromMinutes(5);

    public double MessagesPerSecond { get; set; } = 50;

    /// <summary>How often a "system busy" (-1) or server error is retried before giving up as a temporary failure.</summary>
    public int BusyRetries { get; set; } = 2;

    public TimeSpan BusyRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>When the daily quota (45009) is hit: null waits until the next midnight, Beijing time.</summary>
    public TimeSpan? QuotaRetryAfter { get; set; }
}
