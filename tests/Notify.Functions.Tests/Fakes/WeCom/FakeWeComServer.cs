using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Notify.Functions.Tests.Fakes.WeCom;

/// <summary>
/// The WeCom API on loopback: /cgi-bin/gettoken per corp and app secret and /cgi-bin/message/send with
/// WeCom's real replies (invaliduser lower-cased, 60020 with the caller's IP, 45009, 42001). Magic userids pick a failure.
/// </summary>
public sealed class FakeWeComServer : IAsyncDisposable
{
    public const string UnknownMember = "ZhangSan.Left";
    public const string UnlicensedMember = "unlicensed";
    public const string IpNotTrusted = "from-untrusted-ip";
    public const string Throttled = "throttled";
    public const string ConcurrencyLimited = "concurrency-limited";
    public const string Busy = "busy";
    public const string TokenExpiredOnce = "token-expired-once";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<JsonObject> _sends = new();
    private readonly ConcurrentQueue<string> _rawSends = new();
    private readonly ConcurrentDictionary<string, bool> _expiredOnce = new();
    private readonly Lock _gate = new();
    private string _token = NewToken();
    private int _tokenCalls;

    private FakeWeComServer(WebApplication app, string corpId, string secret)
    {
        _app = app;
        CorpId = corpId;
        Secret = secret;
    }

    public string CorpId { get; }

    public string Secret { get; }

    public int AgentId { get; } = 1000002;

    /// <summary>The path the API is served under, e.g. "/wx" behind a proxy's prefix; empty as at Tencent.</summary>
    public string PathBase { get; private init; } = "";

    public Uri BaseUrl => new(_app.Urls.First() + PathBase);

    public int GetTokenCalls => _tokenCalls;

    public IReadOnlyCollection<JsonObject> Sends => _sends;

    /// <summary>The raw JSON bodies of the sends, as they came over the wire.</summary>
    public IReadOnlyCollection<string> RawSends => _rawSends;

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

    public static async Task<FakeWeComServer> StartAsync(string pathBase = "")
    {
        var app = LoopbackServer.Create();
        var fake = new FakeWeComServer(app, $"ww{Guid.NewGuid():N}"[..18], $"app-secret-{Guid.NewGuid():N}") { PathBase = pathBase };
        app.MapGet(pathBase.TrimEnd('/') + "/cgi-bin/gettoken", fake.GetToken);
        app.MapPost(pathBase.TrimEnd('/') + "/cgi-bin/message/send", fake.SendAsync);
        await app.StartAsync();
        return fake;
    }

    private IResult GetToken(HttpRequest request)
    {
        Interlocked.Increment(ref _tokenCalls);
        if (request.Query["corpid"].ToString() != CorpId)
        {
            return Error(40013, "invalid corpid");
        }

        return request.Query["corpsecret"].ToString() != Secret
            ? Error(40001, "invalid secret")
            : Results.Json(new { errcode = 0, errmsg = "ok", access_token = CurrentToken, expires_in = 7200 });
    }

    private async Task<IResult> SendAsync(HttpRequest request)
    {
        if (request.Query["access_token"].ToString() != CurrentToken)
        {
            return Error(40014, "invalid access_token");
        }

        using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8);
        var raw = await reader.ReadToEndAsync();
        if (JsonNode.Parse(raw) is not JsonObject body || (string?)body["touser"] is not { } user || (int?)body["agentid"] != AgentId)
        {
            return Error(40056, "invalid agentid");
        }

        _rawSends.Enqueue(raw);
        _sends.Enqueue(body);
        if (user == TokenExpiredOnce && _expiredOnce.TryAdd(user, true))
        {
            lock (_gate)
            {
                _token = NewToken();
            }

            return Error(42001, "access_token expired");
        }

        return user switch
        {
            UnknownMember => Sent(invalidUser: user.ToLowerInvariant()),
            UnlicensedMember => Sent(unlicensedUser: user),
            IpNotTrusted => Error(60020, "not allow to access from your ip, hint: [1700000000_1_abc], from ip: 203.0.113.7"),
            Throttled => Error(45009, "api freq out of limit"),
            ConcurrencyLimited => Error(45033, "api concurrent out of limit"),
            Busy => Error(-1, "system busy"),
            _ => Sent(),
        };
    }

    private static IResult Sent(string invalidUser = "", string unlicensedUser = "") =>
        Results.Json(new
        {
            errcode = 0,
            errmsg = "ok",
            invaliduser = invalidUser,
            invalidparty = "",
            invalidtag = "",
            unlicenseduser = unlicensedUser,
            msgid = $"msg{Guid.NewGuid():N}",
            response_code = "",
        });

    private static IResult Error(int code, string message) =>
        Results.Text(JsonSerializer.Serialize(new { errcode = code, errmsg = message }), "application/json; charset=UTF-8");

    private static string NewToken() => $"wc_{Guid.NewGuid():N}{Guid.NewGuid():N}";

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
