using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Notify.Core.Channels;
using Notify.Functions.Channels;
using Notify.Functions.Channels.Sandbox;
using Notify.Functions.Hosting;
using Notify.Testing;

namespace Notify.Functions.Tests.Channels.Fallback;

public sealed class ChannelModeTests
{
    [Theory]
    [InlineData(HostingMode.Local, ChannelMode.Sandbox)]
    [InlineData(HostingMode.FunctionsHost, ChannelMode.Live)]
    public void From_NoSetting_SandboxLocallyLiveUnderTheHost(HostingMode hosting, ChannelMode expected)
    {
        var options = ChannelOptions.From(Configuration(), hosting);

        Assert.All(Enum.GetValues<ChannelKind>(), kind => Assert.Equal(expected, options.ModeFor(kind)));
    }

    [Fact]
    public void From_GlobalLiveWithSmsSandbox_OnlySmsInSandbox()
    {
        var options = ChannelOptions.From(
            Configuration(("Notify:Channels:Mode", "live"), ("Notify:Channels:Sms:Mode", "Sandbox")), HostingMode.Local);

        Assert.Equal(ChannelMode.Sandbox, options.ModeFor(ChannelKind.Sms));
        Assert.Equal(ChannelMode.Live, options.ModeFor(ChannelKind.WeChat));
        Assert.Equal(ChannelMode.Live, options.ModeFor(ChannelKind.Email));
    }

    [Fact]
    public void From_UnknownMode_ThrowsNamingTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ChannelOptions.From(Configuration(("Notify:Channels:Email:Mode", "test")), HostingMode.Local));

        Assert.Contains("Notify:Channels:Email:Mode", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_Sandbox_SandboxChannelOfThatKind()
    {
        var registry = Registry(new ChannelOptions(ChannelMode.Sandbox), new ServiceCollection());

        var channel = registry.Resolve(ChannelKind.WeCom);

        Assert.IsType<SandboxChannel>(channel);
        Assert.Equal(ChannelKind.WeCom, channel.Kind);
    }

    [Fact]
    public void Resolve_LiveWithoutRegistration_ThrowsExplainingTheConvention()
    {
        var registry = Registry(new ChannelOptions(ChannelMode.Live), new ServiceCollection());

        var error = Assert.Throws<InvalidOperationException>(() => registry.Resolve(ChannelKind.Sms));

        Assert.Contains("ChannelKind.Sms", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolve_LiveRegisteredByKey_ThatChannelBehindTheCircuitBreaker()
    {
        var services = new ServiceCollection();
        var live = new ScriptedChannel(ChannelKind.Sms, SendOutcome.Accepted);
        services.AddKeyedSingleton<IMessageChannel>(ChannelKind.Sms, live);
        var registry = Registry(new ChannelOptions(ChannelMode.Live), services);

        var resolved = registry.Resolve(ChannelKind.Sms);

        Assert.IsType<GuardedChannel>(resolved);
        Assert.Same(resolved, registry.Resolve(ChannelKind.Sms));
        await resolved.SendAsync(new OutboundMessage("d-1", ChannelKind.Sms, "+8613800000000", new SmsContent("【测试】内容")), CancellationToken.None);
        Assert.Single(live.Sent);
    }

    private static ChannelRegistry Registry(ChannelOptions options, ServiceCollection services) =>
        new(services.BuildServiceProvider(), options, new SandboxChannels(TestAccount.Clients, new SandboxOptions(), new SandboxSendLog(new SandboxOptions()), TimeProvider.System, NullLogger<SandboxChannel>.Instance), new CircuitBreakerOptions(), TimeProvider.System);

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
