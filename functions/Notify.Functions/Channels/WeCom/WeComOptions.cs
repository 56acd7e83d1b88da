namespace Notify.Functions.Channels.WeCom;

/// <summary>Configuration section "Notify:Channels:WeCom": the corp, the self-built app that sends, its secret.</summary>
public sealed class WeComOptions
{
    public const string Section = "Notify:Channels:WeCom";

    public Uri BaseUrl { get; set; } = new("https://qyapi.weixin.qq.com");

    public string CorpId { get; set; } = "";

    public int AgentId { get; set; }

    /// <summary>The app's secret: never logged.</summary>
    public string Secret { get; set; } = "";

    public double MessagesPerSecond { get; set; } = 50;

    public int BusyRetries { get; set; } = 2;

    public TimeSpan BusyRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long to wait after a frequency limit (45009/45033).</summary>
    public TimeSpan ThrottledRetryAfter { get; set; } = TimeSpan.FromMinutes(1);
}
