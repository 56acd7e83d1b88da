using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Notify.Functions.Hosting;
using Notify.Functions.Ingest;
using Notify.Functions.Tests.Support;

namespace Notify.Functions.Tests.Hosting.CustomHandler;

/// <summary>Recorded Functions-host payloads against the app running as a custom handler.</summary>
[Collection(AppCollection.Name)]
public sealed class CustomHandlerContractTests : IAsyncLifetime
{
    private NotifyTestApp _app = null!;

    public async Task InitializeAsync() => _app = await NotifyTestApp.StartAsync(HostingMode.CustomHandler);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Root_ReadinessProbe_AnswersJson()
    {
        using var response = await _app.Http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task QueueInvocation_RecordedPayload_RunsFunctionAndAnswersOutputsLogsReturnValue()
    {
        var policy = await SubmitDirectlyAsync();

        using var response = await InvokeAsync("ParsePolicy", Payload("queue-invocation.json").Replace("@POLICY_ID@", policy.Id, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = await ReadJsonAsync(response);
        Assert.Equal(JsonValueKind.Object, body.RootElement.GetProperty("Outputs").ValueKind);
        Assert.Equal(JsonValueKind.Array, body.RootElement.GetProperty("Logs").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("ReturnValue").ValueKind);
        var stored = await _app.Services.GetRequiredService<PolicyStore>().FindAsync(policy.Id, CancellationToken.None);
        Assert.Equal(PolicyStatus.Parsed, stored!.Status);
    }

    [Fact]
    public async Task QueueInvocation_FunctionFails_Answers500WithJsonSoTheHostRetries()
    {
        using var response = await InvokeAsync("ParsePolicy",
            Payload("queue-invocation.json").Replace("@POLICY_ID@", "0000000000000000000000000000dead", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        using var body = await ReadJsonAsync(response);
        var log = Assert.Single(body.RootElement.GetProperty("Logs").EnumerateArray());
        Assert.Contains("does not exist", log.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueueInvocation_MessageBreaksContract_Answers500NamingTheContract()
    {
        using var response = await InvokeAsync("ParsePolicy", """{ "Data": { "message": "{\"policy\":1}" }, "Metadata": {} }""");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        using var body = await ReadJsonAsync(response);
        Assert.Contains("PolicyIngestedMessage", body.RootElement.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimerInvocation_RecordedPayload_Answers200()
    {
        using var response = await InvokeAsync("WatchPoisonQueues", Payload("timer-invocation.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = await ReadJsonAsync(response);
        Assert.Contains("WatchPoisonQueues completed", body.RootElement.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HttpInvocation_RecordedPayload_AnswersResWithStatusBodyAndHeaders()
    {
        using var response = await InvokeAsync("SubmitPolicy", Payload("http-invocation.json").Replace("@API_KEY@", _app.ApiKey, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = await ReadJsonAsync(response);
        var res = body.RootElement.GetProperty("Outputs").GetProperty("res");
        Assert.Equal("202", res.GetProperty("statusCode").GetString());
        Assert.StartsWith("application/json", res.GetProperty("headers").GetProperty("Content-Type").GetString(), StringComparison.Ordinal);
        using var view = JsonDocument.Parse(res.GetProperty("body").GetString()!);
        Assert.Equal("包头市医疗保障局", view.RootElement.GetProperty("issuer").GetString());
        Assert.Equal(PolicyStatus.Received, view.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task HttpInvocation_BadRequestInside_IsRelayedAsResNotAsInvocationFailure()
    {
        var payload = Payload("http-invocation.json").Replace("@API_KEY@", _app.ApiKey, StringComparison.Ordinal).Replace(
            "\"Body\": \"关于做好2027年度城乡居民基本医疗保险集中参保缴费工作的通知\\n集中参保缴费期为2026年9月1日至2027年2月25日。\\n\"",
            "\"Body\": \"   \"",
            StringComparison.Ordinal);

        using var response = await InvokeAsync("SubmitPolicy", payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = await ReadJsonAsync(response);
        Assert.Equal("400", body.RootElement.GetProperty("Outputs").GetProperty("res").GetProperty("statusCode").GetString());
    }

    [Fact]
    public async Task ForwardedHttpRequest_IsServedOnItsOriginalRoute()
    {
        using var response = await _app.Http.GetAsync(new Uri("/api/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Invocation_BodyIsNotJson_Answers500Json()
    {
        using var response = await InvokeAsync("ParsePolicy", "<xml/>");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<PolicyRecord> SubmitDirectlyAsync()
    {
        var submission = new PolicySubmission(BinaryData.FromString("通知正文"), "text/plain; charset=utf-8", "测试通知", null, null);
        return await _app.Services.GetRequiredService<PolicyIntake>().AcceptAsync(submission, CancellationToken.None);
    }

    private async Task<HttpResponseMessage> InvokeAsync(string function, string payload)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/" + function, UriKind.Relative))
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Azure-Functions-InvocationId", Guid.NewGuid().ToString());
        request.Headers.Add("User-Agent", "Azure-Functions-Host/4.1040.100");
        return await _app.Http.SendAsync(request);
    }

    private static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static string Payload(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", name));
}
