using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;
using Notify.Functions.Hosting;

namespace Notify.Functions.Tests.Hosting;

public sealed class FunctionIndexTests
{
    [Fact]
    public void All_EveryHttpFunction_DeclaresWhoMayCallIt() =>
        Assert.All(FunctionIndex.All.Where(f => f.Trigger is HttpEndpoint), f => Assert.NotNull(f.Access));

    [Fact]
    public void All_OnlyHealthReceiptsAndAcknowledgementLinks_ArePublic() =>
        Assert.Equal(
            ["AcknowledgeLink", "CheckHealth", "ReceiveSmsReply", "ReceiveTwilioStatus", "ReceiveWeChatEvent", "VerifyWeChatServer", "ViewAcknowledgementLink"],
            FunctionIndex.All.Where(f => f.Access?.IsPublic == true).Select(f => f.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void Describe_HttpFunctionWithoutAccessAttribute_IsRefusedWithTheMethodNamed()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => FunctionIndex.Describe(typeof(Unguarded).GetMethod(nameof(Unguarded.Run))!));

        Assert.Contains("Unguarded.Run", exception.Message, StringComparison.Ordinal);
        Assert.Contains("[RequireApiKey]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_QueueFunction_ReadsQueueAndTriggerParameter()
    {
        var function = FunctionIndex.Describe(typeof(Consumer).GetMethod(nameof(Consumer.RunAsync))!);

        Assert.Equal("Consume", function.Name);
        Assert.Equal(new QueueSource("work-items"), function.Trigger);
        Assert.Equal("work-items-poison", ((QueueSource)function.Trigger).PoisonQueueName);
        Assert.Equal("message", function.TriggerParameter.Name);
        Assert.Null(function.Access);
    }

    [Fact]
    public void Describe_HttpFunction_ReadsUpperCaseMethodsRouteAndRoles()
    {
        var function = FunctionIndex.Describe(typeof(Guarded).GetMethod(nameof(Guarded.Run))!);

        var http = Assert.IsType<HttpEndpoint>(function.Trigger);
        Assert.Equal(["GET", "POST"], http.Methods);
        Assert.Equal("things/{id}", http.Route);
        Assert.Equal([ApiRole.Editor, ApiRole.Approver], function.Access!.Roles);
    }

    public static class Unguarded
    {
        [Function("Unguarded")]
        public static IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "open")] HttpRequest request) => Results.Ok();
    }

    public static class Guarded
    {
        [Function("Guarded")]
        [RequireApiKey(ApiRole.Editor, ApiRole.Approver)]
        public static IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "things/{id}")] HttpRequest request, string id) => Results.Ok(id);
    }

    public static class Consumer
    {
        [Function("Consume")]
        public static Task RunAsync([QueueTrigger("work-items")] string message, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
