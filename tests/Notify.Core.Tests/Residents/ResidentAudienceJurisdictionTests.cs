using Notify.Core.Audiences;
using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Units;

namespace Notify.Core.Tests.Residents;

/// <summary>A notice reaches residents only where its issuing authority governs.</summary>
public sealed class ResidentAudienceJurisdictionTests
{
    private static readonly UnitDirectory Units = UnitDirectory.LoadDefault();

    [Fact]
    public void From_NoRegionalUnitButABannerAuthority_IsTheBannersJurisdiction()
    {
        var audience = ResidentAudienceBuilder.From(Item([]), Units, coverageYear: null, "jalaid.medical-security");

        Assert.Equal(["jalaid"], audience.Regions);
    }

    [Fact]
    public void From_UnitsInsideAndOutsideTheAuthoritysJurisdiction_KeepsOnlyThoseInside()
    {
        var audience = ResidentAudienceBuilder.From(
            Item([new UnitRef("胡尔勒镇人民政府", "jalaid.huerle.government"), new UnitRef("包头市医疗保障局", "baotou.medical-security")]),
            Units, coverageYear: null, "jalaid.medical-security");

        Assert.Equal([Units.Find("jalaid.huerle.government")!.Jurisdiction], audience.Regions);
    }

    [Fact]
    public void From_NoAuthority_KeepsTheUnitsRegionsAsBefore()
    {
        var audience = ResidentAudienceBuilder.From(Item([]), Units, coverageYear: null);

        Assert.Empty(audience.Regions);
    }

    private static ExtractedItem Item(IReadOnlyList<UnitRef> leads) => new(
        ItemKind.Window, new DateOnly(2026, 9, 1), new DateOnly(2027, 2, 25), null, 1, "集中缴费期", null,
        leads, [], ItemAudience.Residents, ["城乡居民"], [], 1, []);
}
