using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Notify.Functions.Tests.Fakes.WeChat;

/// <summary>
/// The Official Account API on loopback: /cgi-bin/stable_token (normal mode: the same token while it is
/// valid) and /cgi-bin/message/template/send with WeChat's real errcodes. Magic openids pick a failure.
/// When <see cref="EventUrl"/> is set, every accepted send is followed by its TEMPLATESENDJOBFINISH event,
/// pushed there in safe mode (encrypted and signed with <see cref="Token"/> and <see cref="EncodingAesKey"/>).
/// </summary>
public sealed class FakeWeChatServer : IAsyncDisposable
{
    public const string NotFollowing = "o-not-following";
    public const string Refused = "o-refused";
    public const string QuotaReached = "o-quota";
    public const string InvalidOpenId = "o-invalid";
    public const string Busy = "o-busy";
    public const string TokenReplacedOnce = "o-token-replaced-once";
    public const string InvalidTemplate = "bad-template";
    public const string BlocksMessages = "o-blocks-messages";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<JsonObject> _sends = new();
    private readonly ConcurrentQueue<string> _rawSends = new();
    private readonly ConcurrentQueue<(WeChatPush Push, int HttpStatus)> _pushes = new();
    private readonly ConcurrentBag<Task> _pending = [];
    private readonly HttpClient _events = new();
    private readonly ConcurrentDictionary<string, bool> _replacedOnce = new();
    private readonly Lock _gate = new();
    private string _token = NewToken();
    private long _nextMsgId = 200228332;
    private int _tokenCalls;
    private int _sendCalls;

    private FakeWeChatServer(WebApplication app, string appId, string appSecret)
    {
        _app = app;
        AppId = appId;
        AppSecret = appSecret;
        Signer = new WeChatPushSigner($"token{Guid.NewGuid():N}", WeChatPushSigner.NewEncodingAesKey(), appId);
    }

    public string AppId { get; }

    public string AppSecret { get; }

    /// <summary>The path the API is served under, e.g. "/wx" behind a proxy's prefix; empty as at Tencent.</summary>
    public string PathBase { get; private init; } = "";

    public Uri BaseUrl => new(_app.Urls.First() + PathBase);

    /// <summary>Signs and encrypts this account's event pushes.</summary>
    public WeChatPushSigner Signer { get; }

    /// <summary>The server-configuration Token of the account.</summary>
    public string Token => Signer.Token;

    /// <summary>The account's EncodingAESKey (43 characters).</summary>
    public string EncodingAesKey => Signer.EncodingAesKey;

    /// <summary>The account's server URL (服务器地址): where template job events are pushed; none when null.</summary>
    public Uri? EventUrl { get; set; }

    /// <summary>Pause before an event push, as WeChat's would come after the message reached the phone.</summary>
    public TimeSpan EventDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The raw JSON bodies of the template sends, as they came over the wire.</summary>
    public IReadOnlyCollection<string> RawSends => _rawSends;

    /// <summary>Each event pushed and the HTTP status the server answered (0 when it could not be reached).</summary>
    public IReadOnlyCollection<(WeChatPush Push, int HttpStatus)> Pushes => _pushes;

    public int ExpiresIn { get; set; } = 7200;

    public int StableTokenCalls => _tokenCalls;

    public int SendCalls => _sendCalls;

    public IReadOnlyCollection<JsonObject> Sends => _sends;

    public string CurrentToken
    {
        get
        {
            lock (_gate)
            {
                return _token;
            }
        }
    }

    public static async Task<FakeWeChatServer> StartAsync(string? appId = null, string pathBase = "")
    {
        var app = LoopbackServer.Create();
        var fake = new FakeWeChatServer(app, appId ?? $"wx{Guid.NewGuid():N}"[..18], $"secret-{Guid.NewGuid():N}") { PathBase = pathBase };
        app.MapPost(pathBase.TrimEnd('/') + "/cgi-bin/stable_token", fake.StableTokenAsync);
        app.MapPost(pathBase.TrimEnd('/') + "/cgi-bin/message/template/send", fake.SendAsync);
        await app.StartAsync();
        return fake;
    }

    /// <summary>Makes the current token invalid (as a force refresh elsewhere would); stable_token then issues a new one.</summary>
    public void ReplaceToken()
    {
        lock (_gate)
        {
            _token = NewToken();
        }
    }

    private async Task<IResult> StableTokenAsync(HttpRequest request)
    {
        Interlocked.Increment(ref _tokenCalls);
        var body = await JsonNode.ParseAsync(request.Body) as JsonObject;
        if ((string?)body?["grant_type"] != "client_credential" || body["force_refresh"]?.GetValue<bool>() == true)
        {
            return Error(47001, "data format error");
        }

        if ((string?)body["appid"] != AppId)
        {
            return Error(40013, "invalid appid");
        }

        return (string?)body["secret"] != AppSecret
            ? Error(40125, "invalid appsecret")
            : Results.Json(new { access_token = CurrentToken, expires_in = ExpiresIn });
    }

    private async Task<IResult> SendAsync(HttpRequest request)
    {
        Interlocked.Increment(ref _sendCalls);
        if (request.Query["access_token"].ToString() != CurrentToken)
        {
            return Error(40001, "invalid credential, access_token is invalid or not latest, could get access_token by getStableAccessToken");
        }

        using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8);
        var raw = await reader.ReadToEndAsync();
        if (JsonNode.Parse(raw) is not JsonObject body || (string?)body["touser"] is not { } openId)
        {
            return Error(47001, "data format error");
        }

        _rawSends.Enqueue(raw);
        _sends.Enqueue(body);
        if (openId == TokenReplacedOnce && _replacedOnce.TryAdd(openId, true))
        {
            ReplaceToken();
            return Error(40001, "invalid credential, access_token is invalid or not latest");
        }

        if ((string?)body["template_id"] == InvalidTemplate)
        {
            return Error(40037, "invalid template_id");
        }

        return openId switch
        {
            NotFollowing => Error(43004, "require subscribe"),
            Refused => Error(43101, "user refuse to accept the msg"),
            QuotaReached => Error(45009, "reach max api daily quota limit"),
            InvalidOpenId => Error(40003, "invalid openid"),
            Busy => Error(-1, "system error"),
            _ => Accepted(openId),
        };
    }

    /// <summary>Waits for the event pushes started so far.</summary>
    public Task EventsPushedAsync() => Task.WhenAll(_pending);

    /// <summary>POSTs <paramref name="push"/> to the event URL as WeChat would, and records the answer.</summary>
    public async Task<HttpResponseMessage> PushAsync(Uri eventUrl, WeChatPush push)
    {
        ArgumentNullException.ThrowIfNull(eventUrl);
        ArgumentNullException.ThrowIfNull(push);
        var url = new UriBuilder(eventUrl) { Query = push.Query }.Uri;
        var response = await _events.PostAsync(url, new StringContent(push.Body, System.Text.Encoding.UTF8, "text/xml"));
        _pushes.Enqueue((push, (int)response.StatusCode));
        return response;
    }

    /// <summary>The TEMPLATESENDJOBFINISH event XML for <paramref name="msgId"/>, as WeChat writes it.</summary>
    public static string JobFinishedXml(string msgId, string status, string openId = "oia2TjuEGTNoeX76QEjQNrcURxG8") =>
        $"<xml><ToUserName><![CDATA[gh_7f083739789a]]></ToUserName><FromUserName><![CDATA[{openId}]]></FromUserName>"
        + $"<CreateTime>{TimeProvider.System.GetUtcNow().ToUnixTimeSeconds()}</CreateTime><MsgType><![CDATA[event]]></MsgType>"
        + $"<Event><![CDATA[TEMPLATESENDJOBFINISH]]></Event><MsgID>{msgId}</MsgID><Status><![CDATA[{status}]]></Status></xml>";

    private IResult Accepted(string openId)
    {
        var msgId = Interlocked.Increment(ref _nextMsgId);
        if (EventUrl is { } eventUrl)
        {
            var status = openId == BlocksMessages ? "failed:user block" : "success";
            var xml = JobFinishedXml(msgId.ToString(System.Globalization.CultureInfo.InvariantCulture), status, openId);
            _pending.Add(Task.Run(async () =>
            {
                await Task.Delay(EventDelay);
                try
                {
                    using var response = await PushAsync(eventUrl, Signer.SafeMode(xml, TimeProvider.System.GetUtcNow(), openId: openId));
                }
                catch (HttpRequestException)
                {
                    _pushes.Enqueue((new WeChatPush("", xml), 0));
                }
            }));
        }

        return Results.Json(new { errcode = 0, errmsg = "ok", msgid = msgId });
    }

    private static IResult Error(int code, string message) =>
        Results.Text(JsonSerializer.Serialize(new { errcode = code, errmsg = $"{message} rid: {Guid.NewGuid():N}" }), "application/json; encoding=utf-8");

    private static string NewToken() => $"tok_{Guid.NewGuid():N}{Guid.NewGuid():N}";

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_pending);
        _events.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
