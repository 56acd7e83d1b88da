using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Notify.Functions.Tests.Fakes.WeChat;

/// <summary>
/// The Official Account API on loopback: /cgi-bin/stable_token (normal mode: the same token while it is
/// valid) and /cgi-bin/message/template/send with WeChat's real errcodes. Magic openids pick a failure.
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

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<JsonObject> _sends = new();
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
    }

    public string AppId { get; }

    public string AppSecret { get; }

    public Uri BaseUrl => new(_app.Urls.First());

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

    public static async Task<FakeWeChatServer> StartAsync(string? appId = null)
    {
        var app = LoopbackServer.Create();
        var fake = new FakeWeChatServer(app, appId ?? $"wx{Guid.NewGuid():N}"[..18], $"secret-{Guid.NewGuid():N}");
        app.MapPost("/cgi-bin/stable_token", fake.StableTokenAsync);
        app.MapPost("/cgi-bin/message/template/send", fake.SendAsync);
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

        if (await JsonNode.ParseAsync(request.Body) is not JsonObject body || (string?)body["touser"] is not { } openId)
        {
            return Error(47001, "data format error");
        }

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
            _ => Results.Json(new { errcode = 0, errmsg = "ok", msgid = Interlocked.Increment(ref _nextMsgId) }),
        };
    }

    private static IResult Error(int code, string message) =>
        Results.Text(JsonSerializer.Serialize(new { errcode = code, errmsg = $"{message} rid: {Guid.NewGuid():N}" }), "application/json; encoding=utf-8");

    private static string NewToken() => $"tok_{Guid.NewGuid():N}{Guid.NewGuid():N}";

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
