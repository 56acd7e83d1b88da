namespace Notify.Functions.Channels.WeCom;

/// <summary>The WeCom errcodes the app channel acts on (PROTOCOLS §5.5).</summary>
public static class WeComErrorCodes
{
    public const int SystemBusy = -1;
    public const int InvalidAccessToken = 40014;
    public const int AccessTokenExpired = 42001;
    public const int FrequencyLimit = 45009;
    public const int ConcurrencyLimit = 45033;
    public const int IpNotTrusted = 60020;
    public const int AllRecipientsInvalid = 81013;

    public static IReadOnlySet<int> TokenRejected { get; } = new HashSet<int> { InvalidAccessToken, AccessTokenExpired };
}
