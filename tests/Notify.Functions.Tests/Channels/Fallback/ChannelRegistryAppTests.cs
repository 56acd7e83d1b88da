using Microsoft.Extensions.DependencyInjection;
using Notify.Core.Channels;
using Notify.Functions.Channels;
using Notify.Functions.Channels.Email;
using Notify.Functions.Channels.Sandbox;
using Notify.Functions.Hosting;
using Notify.Functions.Tests.Support;

namespace Notify.Functions.Tests.Channels.Fallback;

[Collection(AppCollection.Name)]
public sealed class ChannelRegistryAppTests
{
    [Fact]
    public async Task App_LocalDefaultAndEmailLive_EmailIsSmtpAndTheRestSandbox()
    {
        await using var app = await NotifyTestApp.StartAsync(
            settings: new Dictionary<string, string?> { ["Notify:Channels:Email:Mode"] = "live" }, prepareStorage: false);

        var registry = app.Services.GetRequiredService<ChannelRegistry>();

        Assert.IsType<SmtpEmailChannel>(Assert.IsType<GuardedChannel>(registry.Resolve(ChannelKind.Email)).Inner);
        Assert.IsType<SandboxChannel>(registry.Resolve(ChannelKind.Sms));
    }
}
