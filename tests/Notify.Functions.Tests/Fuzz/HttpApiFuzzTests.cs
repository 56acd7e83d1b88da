using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Notify.Functions.Access;
using Notify.Functions.Hosting;
using Notify.Functions.Storage;
using Notify.Functions.Tests.Support;
using Notify.Testing;
using Xunit.Abstractions;

namespace Notify.Functions.Tests.Fuzz;

/// <summary>
/// Fuzzes every HTTP route of the app (from the function index) on loopback, against Azurite: random and mutated
/// bodies, paths and headers from a seeded RNG, bounded in count. No answer may be a 5xx, none may take longer than
/// <see cref="ResponseBound"/>, and a batch of requests that were all refused (or only read) must leave storage as it
/// was. The app has an Azurite of its own and timers stand still (a manual clock), so only the requests themselves change storage. The summary line is
/// printed to the test output; NOTIFY_FUZZ_SEED and NOTIFY_FUZZ_REQUESTS change the run.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class HttpApiFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int BatchSize = 25;
    private const string TemplateKey = "resident-window-opening";
    private static readonly TimeSpan ResponseBound = TimeSpan.FromSeconds(5);

    private PrivateAzurite _azurite = null!;

    private NotifyTestApp _app = null!;

    private readonly string _hostJson = Path.Combine(Path.GetTempPath(), $"notify-fuzz-host-{Guid.NewGuid():N}.json");

    public async Task InitializeAsync()
    {
        // Queues polled every 100 ms, so what an accepted request sets going is picked up at once.
        var hostJson = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "host.json")))!;
        hostJson["extensions"]!["queues"]!["maxPollingInterval"] = "00:00:00.100";
        await File.WriteAllTextAsync(_hostJson, hostJson.ToJsonString());
        // An account of its own: storage is compared whole, and tests in other collections write to the shared one meanwhile.
        _azurite = await PrivateAzurite.StartAsync(CancellationToken.None);
        _app = await NotifyTestApp.StartAsync(
            services => services.AddSingleton<TimeProvider>(new ManualTimeProvider(new DateTimeOffset(2026, 3, 20, 2, 0, 0, TimeSpan.Zero))),
            new Dictionary<string, string?> { ["Notify:HostJson"] = _hostJson, [StorageAccountFactory.Setting] = _azurite.ConnectionString });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _azurite.DisposeAsync();
        File.Delete(_hostJson);
    }

    [Fact]
    public async Task EveryRoute_RandomAndMutatedRequests_NeverFailWithA5xxStoreNothingWhenRefusedAndAnswerInTime()
    {
        var seed = Setting("NOTIFY_FUZZ_SEED", 11);
        var random = new Random(seed);
        var routes = FuzzRoute.All();
        var total = Setting("NOTIFY_FUZZ_REQUESTS", routes.Count * 40);
        var requests = new FuzzRequests(random, await PathValuesAsync(), await ExamplesAsync(), await KeysAsync());
        using var sender = new FuzzSender(_app.BaseAddress, ResponseBound * 2);
        var summary = new FuzzSummary();
        var started = Stopwatch.GetTimestamp();

        var baseline = await SettledSnapshotAsync();
        for (var sent = 0; sent < total; sent += BatchSize)
        {
            var batch = Enumerable.Range(sent, Math.Min(BatchSize, total - sent)).Select(i => requests.Next(routes[(i + seed) % routes.Count])).ToList();
            var acceptedWrite = false;
            foreach (var request in batch)
            {
                var (status, body, elapsed) = await sender.SendAsync(request);
                summary.Record(request.Route, status, elapsed);
                Check(summary, request, status, body, elapsed);
                acceptedWrite |= status is >= 200 and < 400 && request.Route.Method != "GET";
            }

            baseline = await CheckNothingStoredAsync(summary, batch, acceptedWrite, baseline);
        }

        var line = summary.Line(Stopwatch.GetElapsedTime(started));
        output.WriteLine(line + string.Create(CultureInfo.InvariantCulture, $"; seed {seed}"));
        Assert.True(summary.Failures.Count == 0, $"{summary.Failures.Count} failures, the first:\n{string.Join("\n", summary.Failures.Take(15))}\n{line}");
        Assert.Equal(routes.Count, summary.Routes);
    }

    private static void Check(FuzzSummary summary, FuzzRequest request, int status, string body, TimeSpan elapsed)
    {
        if (status >= 500 || status == FuzzSender.NoAnswer)
        {
            summary.Failures.Add($"{status} from {Describe(request)}: {body}");
        }

        if (elapsed > ResponseBound)
        {
            summary.Failures.Add(string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalMilliseconds:F0} ms for {Describe(request)}"));
        }
    }

    private async Task<StorageSnapshot> CheckNothingStoredAsync(FuzzSummary summary, List<FuzzRequest> batch, bool acceptedWrite, StorageSnapshot baseline)
    {
        summary.Batches++;
        if (acceptedWrite)
        {
            return await SettledSnapshotAsync();
        }

        summary.BatchesChecked++;
        var after = await StorageSnapshot.TakeAsync(_app.Services);
        var changes = after.ChangesSince(baseline);
        if (changes.Count > 0)
        {
            summary.Failures.Add($"refused requests changed storage ({string.Join("; ", changes.Take(3))}) in a batch of {string.Join(", ", batch.Select(Describe))}");
        }

        return after;
    }

    /// <summary>
    /// Storage once what accepted requests set going (parsing, applying changes) has finished: every queue but the poison
    /// ones empty (a message being worked on still counts until it is deleted) and storage still between two looks.
    /// </summary>
    private async Task<StorageSnapshot> SettledSnapshotAsync()
    {
        var previous = await StorageSnapshot.TakeAsync(_app.Services);
        for (var attempt = 0; attempt < 120; attempt++)
        {
            await Task.Delay(250);
            var current = await StorageSnapshot.TakeAsync(_app.Services);
            if (current.ChangesSince(previous).Count == 0 && await QueuesEmptyAsync())
            {
                return current;
            }

            previous = current;
        }

        return previous;
    }

    private async Task<bool> QueuesEmptyAsync()
    {
        var queues = _app.Services.GetRequiredService<StorageClients>().QueueService;
        await foreach (var queue in queues.GetQueuesAsync())
        {
            if (!queue.Name.EndsWith("-poison", StringComparison.Ordinal)
                && (await queues.GetQueueClient(queue.Name).GetPropertiesAsync()).Value.ApproximateMessagesCount > 0)
            {
                return false;
            }
        }

        return true;
    }

    private async Task<Dictionary<string, string>> PathValuesAsync()
    {
        await TestSenders.ApproveAsync(_app.Services, TestSenders.BaotouOffice);
        var policy = await SamplePolicies.UploadParsedAsync(_app, "baotou-elderly-care-plan-2026.txt");
        using var items = JsonDocument.Parse(await _app.Http.GetStringAsync(new Uri(policy + "/items", UriKind.Relative)));
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["id"] = policy.Split('/')[^1],
            ["itemId"] = items.RootElement[0].GetProperty("id").GetString()!,
            ["key"] = TemplateKey,
            ["version"] = "1",
            ["unitId"] = "baotou.civil-affairs",
            ["residentId"] = "r1",
            ["jobId"] = Guid.NewGuid().ToString("N"),
            ["authorityId"] = TestSenders.BaotouOffice,
            ["token"] = "dG9rZW4",
        };
    }

    private async Task<Dictionary<string, FuzzExample>> ExamplesAsync()
    {
        var version = (await _app.Http.GetFromJsonAsync<JsonObject>(new Uri($"/api/templates/{TemplateKey}/versions/1", UriKind.Relative)))!;
        var texts = new JsonObject { ["options"] = version["content"]!["options"]!.DeepClone(), ["locales"] = version["content"]!["locales"]!.DeepClone() };
        var sample = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Samples, "baotou-elderly-care-plan-2026.txt"));
        return new Dictionary<string, FuzzExample>(StringComparer.Ordinal)
        {
            ["EditPolicyItem"] = Json(new { date = "2026-07-01", leadUnits = new[] { new { name = "民政局", unitId = "baotou.civil-affairs" } }, programName = "养老服务补贴", residentGroups = new[] { "城乡居民" } }),
            ["ApprovePolicyItem"] = Json(new { note = "核对无误" }),
            ["RejectPolicyItem"] = Json(new { note = "不是时限事项" }),
            ["SaveTemplateVersion"] = new FuzzExample(Encoding.UTF8.GetBytes(texts.ToJsonString()), "application/json"),
            ["ValidateTemplate"] = new FuzzExample(Encoding.UTF8.GetBytes(texts.ToJsonString()), "application/json"),
            ["PreviewTemplate"] = Json(new { channel = "sms", locale = "zh-Hans", data = new Dictionary<string, string> { ["residentName"] = "张三" } }),
            ["SaveSenderProfile"] = Json(new { displayName = "包头市人民政府办公室", smsSignature = "【包头市政府】", hotline = "0472-12345", website = "https://www.baotou.gov.cn" }),
            ["SetUnitContacts"] = Json(new { phones = new[] { "+8613800000000" }, emails = new[] { "office@example.org" }, weComUserIds = new[] { "zhangsan" } }),
            ["SubmitResidentChanges"] = Json(new[] { new { residentId = "r1", category = "城镇居民", paidThroughYear = 2027 } }),
            ["SubmitPolicy"] = new FuzzExample(sample[..Math.Min(sample.Length, 4_000)], "text/plain; charset=utf-8"),
            ["ReceiveTwilioStatus"] = new FuzzExample("MessageSid=SM0123&MessageStatus=delivered&AccountSid=AC1"u8.ToArray(), "application/x-www-form-urlencoded"),
            ["ReceiveSmsReply"] = new FuzzExample("MessageSid=SM0124&From=%2B8613800000000&Body=TD"u8.ToArray(), "application/x-www-form-urlencoded"),
            ["ReceiveWeChatEvent"] = new FuzzExample(Encoding.UTF8.GetBytes("<xml><ToUserName>gh_1</ToUserName><FromUserName>o1</FromUserName><CreateTime>1</CreateTime><MsgType>event</MsgType><Event>TEMPLATESENDJOBFINISH</Event><MsgID>1</MsgID><Status>success</Status></xml>"), "text/xml"),
        };
    }

    private async Task<FuzzKeys> KeysAsync()
    {
        var store = _app.Services.GetRequiredService<ApiKeyStore>();
        var auditor = await store.CreateAsync("fuzz auditor", [ApiRole.Auditor], CancellationToken.None);
        var operatorOnly = await store.CreateAsync("fuzz operator", [ApiRole.Operator], CancellationToken.None);
        return new FuzzKeys(_app.ApiKey, auditor.Key, operatorOnly.Key);
    }

    private static FuzzExample Json<T>(T value) => new(JsonSerializer.SerializeToUtf8Bytes(value, JsonSerializerOptions.Web), "application/json");

    private static string Describe(FuzzRequest request) =>
        $"{request.Route} as {(request.Path.Length > 120 ? request.Path[..120] + "…" : request.Path)}"
        + (request.Body is null ? "" : $" [{request.Body.Length} bytes {request.ContentType}{(request.LengthLie is { } lie ? $", Content-Length {lie:+#;-#}" : "")}]");

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
