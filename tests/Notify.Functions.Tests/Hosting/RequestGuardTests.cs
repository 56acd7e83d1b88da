using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Notify.Functions.Hosting;
using Notify.Functions.Tests.Support;
using Notify.Testing;

namespace Notify.Functions.Tests.Hosting;

/// <summary>
/// The guard both hosts put around an HTTP function: the per-route time limit and the client going away end the work,
/// a body is never read past its route's limit, and under the Functions host its middleware refuses input over a limit
/// before the function runs.
/// </summary>
public sealed class RequestGuardTests : IDisposable
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 3, 20, 2, 0, 0, TimeSpan.Zero));
    private readonly ServiceProvider _services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task RunAsync_WorkPastTheTimeLimit_IsCancelledAndAnswered503NamingTheLimit()
    {
        var http = NewContext();
        var work = new TaskCompletionSource();

        var running = Guard().RunAsync(http, Function("EditPolicyItem"), token => WaitAsync(work, token), CancellationToken.None);
        await work.Task.WaitAsync(TimeSpan.FromSeconds(5));
        _clock.Advance(InputLimits.RequestTime + TimeSpan.FromSeconds(1));
        await running.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        Assert.Contains("30 seconds", Body(http), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UploadWithinItsLongerLimit_IsNotStopped()
    {
        var http = NewContext();
        var work = new TaskCompletionSource();
        var running = Guard().RunAsync(http, Function("SubmitPolicy"), token => WaitAsync(work, token), CancellationToken.None);

        _clock.Advance(InputLimits.RequestTime + TimeSpan.FromSeconds(1));
        await Task.Delay(100);
        Assert.False(running.IsCompleted);
        _clock.Advance(InputLimits.UploadRequestTime);
        await running.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
    }

    [Fact]
    public async Task RunAsync_ClientGoesAway_CancelsTheWorkAndAnswersNothing()
    {
        var http = NewContext();
        using var aborted = new CancellationTokenSource();
        var cancelled = false;

        var running = Guard().RunAsync(http, Function("EditPolicyItem"), async token =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, token);
            }
            catch (OperationCanceledException)
            {
                cancelled = true;
                throw;
            }
        }, aborted.Token);
        await aborted.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(cancelled);
        Assert.Equal("", Body(http));
    }

    [Fact]
    public async Task AdmitAsync_BodyWithoutLengthOverTheRouteLimit_Is413AndReadNoFurther()
    {
        var http = NewContext();
        var body = new CountingStream(new byte[InputLimits.SmallBodyBytes * 4]);
        http.Request.Body = body;

        var refusal = await RequestGuard.AdmitAsync(http, Function("EditPolicyItem"), [], CancellationToken.None);

        await refusal!.ExecuteAsync(http);
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, http.Response.StatusCode);
        Assert.True(body.Position <= InputLimits.SmallBodyBytes + (16 * 1024), $"read {body.Position} bytes");
    }

    [Fact]
    public async Task AdmitAsync_UploadRoute_TakesABodyOverTheSmallLimit()
    {
        var http = NewContext();
        http.Request.Body = new MemoryStream(new byte[InputLimits.SmallBodyBytes * 4]);

        var refusal = await RequestGuard.AdmitAsync(http, Function("SubmitPolicy"), [], CancellationToken.None);

        Assert.Null(refusal);
        Assert.Equal(InputLimits.SmallBodyBytes * 4, http.Request.Body.Length);
    }

    [Fact]
    public async Task Middleware_RouteValueOverItsLimit_Answers400NamingItAndDoesNotRunTheFunction()
    {
        var http = NewContext();
        var context = new HttpFunctionContext("GetPolicyItem", http, _services, new Dictionary<string, object?> { ["id"] = "p", ["itemId"] = new string('i', 3_000) });
        var ran = false;

        await new RequestLimitsMiddleware().Invoke(context, _ =>
        {
            ran = true;
            return Task.CompletedTask;
        });

        Assert.False(ran);
        Assert.Equal(StatusCodes.Status400BadRequest, http.Response.StatusCode);
        using var problem = JsonDocument.Parse(Body(http));
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("itemId", out _));
    }

    [Fact]
    public async Task Middleware_InputWithinLimits_RunsTheFunctionWithTheBodyBuffered()
    {
        var http = NewContext();
        http.Request.Body = new MemoryStream("{\"note\":\"ok\"}"u8.ToArray());
        var context = new HttpFunctionContext("ApprovePolicyItem", http, _services, new Dictionary<string, object?> { ["id"] = "p", ["itemId"] = "i00000" });
        string? seen = null;

        await new RequestLimitsMiddleware().Invoke(context, async _ => seen = await new StreamReader(http.Request.Body).ReadToEndAsync());

        Assert.Equal("{\"note\":\"ok\"}", seen);
    }

    private RequestGuard Guard() => new(_clock, NullLogger<RequestGuard>.Instance);

    private DefaultHttpContext NewContext()
    {
        var http = new DefaultHttpContext { RequestServices = _services };
        http.Response.Body = new MemoryStream();
        return http;
    }

    private static FunctionDescriptor Function(string name) => FunctionIndex.Find(name)!;

    private static async Task WaitAsync(TaskCompletionSource started, CancellationToken token)
    {
        started.TrySetResult();
        await Task.Delay(Timeout.Infinite, token);
    }

    private static string Body(HttpContext http) => Encoding.UTF8.GetString(((MemoryStream)http.Response.Body).ToArray());

    /// <summary>A body that says how far it was read.</summary>
    private sealed class CountingStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
