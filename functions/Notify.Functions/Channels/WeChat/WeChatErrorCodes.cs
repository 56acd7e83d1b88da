namespace Notify.Functions.Channels.WeChat;

/// <summary>The Official Account errcodes the template channel acts on (PROTOCOLS §5.4).</summary>
public static class WeChatErrorCodes
{
    public const int SystemBusy = -1;
    public const int InvalidCredentialOrToken = 40001;
    public const int InvalidOpenId = 40003;
    public const int InvalidAccessToken = 40014;
    public const int InvalidTemplateId = 40037;
    public const int AccessTokenExpired = 42001;
    public const int NotFollowing = 43004;
    public const int UserRefused = 43101;
    public const int DailyQuotaReached = 45009;
    public const int MinuteFrequencyLimit = 45011;
    public const int UserLimited = 50002;

    public static IReadOnlySet<int> TokenRejected { get; } = new HashSet<int> { InvalidCredentialOrToken, InvalidAccessToken, AccessTokenExpired };
}
