using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Notify.Core.Units;
using Notify.Functions.Senders;
using Notify.Functions.Tests.Support;
using Notify.LocalHost.Demo;

namespace Notify.Functions.Tests.Demo;

[Collection(AppCollection.Name)]
public sealed class DemoSenderProfilesTests
{
    [Fact]
    public void For_EveryDirectoryAuthority_InventsAValidProfileOfItsOwn()
    {
        var units = UnitDirectory.LoadDefault().Units.Where(unit => !unit.IsGroup).ToList();

        Assert.All(units, unit => Assert.Empty(SenderDetailsValidator.Validate(DemoSenderProfiles.For(unit))));
        var jalaid = DemoSenderProfiles.For(UnitDirectory.LoadDefault().Find("jalaid.medical-security")!);
        var baotou = DemoSenderProfiles.For(UnitDirectory.LoadDefault().Find("baotou.medical-security")!);
        Assert.Equal(("扎赉特旗医疗保障局", "【扎赉特医保】"), (jalaid.DisplayName, jalaid.SmsSignature));
        Assert.DoesNotContain("baotou", jalaid.Website + jalaid.EmailAddress, StringComparison.Ordinal);
        Assert.NotEqual(baotou.Hotline, jalaid.Hotline);
    }

    [Fact]
    public async Task EnsureAsync_JalaidSample_GivesItsAuthorityAnApprovedProfile()
    {
        await using var app = await NotifyTestApp.StartAsync();
        var policy = await SamplePolicies.UploadParsedAsync(app, "jalaid-medical-insurance-2027.txt");
        var policyId = policy[(policy.LastIndexOf('/') + 1)..];
        using var items = JsonDocument.Parse(await app.Http.GetStringAsync(new Uri(policy + "/items", UriKind.Relative)));
        Assert.All(items.RootElement.EnumerateArray(), item =>
            Assert.Equal("jalaid.medical-security", item.GetProperty("decisions").GetProperty("authorityId").GetString()));

        await ActivatorUtilities.CreateInstance<DemoSenderProfiles>(app.Services).EnsureAsync([policyId], CancellationToken.None);

        var active = await app.Services.GetRequiredService<SenderProfileStore>().FindActiveAsync("jalaid.medical-security", CancellationToken.None);
        Assert.NotNull(active);
        Assert.Equal(SenderProfileState.Approved, active.State);
        Assert.Equal("https://www.zlt.gov.cn/ybj", active.Details.Website);
    }
}
