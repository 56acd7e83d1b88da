using Notify.Core.Units;

namespace Notify.Core.Tests.Units;

public class UnitDirectoryTests
{
    private static readonly string[] Levels = ["自治区", "市", "旗县区", "旗", "苏木乡镇"];

    private static readonly string[] BaotouBureausAfterReform =
    [
        "development-reform", "education", "science-technology", "industry-it", "public-security", "civil-affairs",
        "justice", "finance", "human-resources", "natural-resources", "ecology-environment", "housing-construction",
        "transport", "water", "agriculture", "commerce", "culture-tourism", "health", "veterans", "emergency", "audit",
        "market-regulation", "statistics", "medical-security", "forestry-grassland", "urban-management", "state-assets",
        "government-services", "petition", "tax", "meteorology", "disabled-persons", "trade-union", "youth-league",
        "women", "red-cross", "housing-fund",
    ];

    private static readonly string[] BaotouAreas =
    [
        "kundulun", "qingshan", "donghe", "jiuyuan", "shiguai", "bayan-obo", "tumed-right", "guyang", "darhan-muminggan", "hitech",
    ];

    private static readonly string[] JalaidTowns =
    [
        "yinder", "xinlin", "haolibao", "huerle", "bayan-zalaga", "aladartu", "baoligenhua", "nuwenmuren", "badarhu", "tumuji", "arbengele", "bayan-gol",
    ];

    private readonly UnitDirectory _directory = UnitDirectory.LoadDefault();

    [Fact]
    public void LoadDefault_CalledTwice_ReturnsTheCachedDirectory()
    {
        Assert.Same(_directory, UnitDirectory.LoadDefault());
    }

    [Fact]
    public void Units_EveryUnit_HasAnAsciiIdAKnownJurisdictionAndAValidLevel()
    {
        Assert.NotEmpty(_directory.Units);
        foreach (var unit in _directory.Units)
        {
            Assert.Matches("^[a-z0-9.-]+$", unit.Id);
            Assert.NotNull(_directory.FindJurisdiction(unit.Jurisdiction));
            Assert.Contains(unit.Level, Levels);
            Assert.False(string.IsNullOrWhiteSpace(unit.Name));
        }
    }

    [Fact]
    public void Find_BaotouMunicipalBureausAfterThe2019Reform_AreAllPresent()
    {
        foreach (var key in BaotouBureausAfterReform)
        {
            Assert.NotNull(_directory.Find("baotou." + key));
        }

        Assert.Equal("包头市民政局", _directory.Find("baotou.civil-affairs")!.Name);
        Assert.Equal("包头市人民政府办公室", _directory.Find("baotou.government-office")!.Name);
        Assert.Contains("卫计委", _directory.Find("baotou.health")!.FormerNames);
        Assert.Contains("医保局", _directory.Find("baotou.medical-security")!.Aliases);
    }

    [Fact]
    public void Find_EachBaotouDistrictBannerAndCounty_HasTheCoreSocialBureaus()
    {
        foreach (var area in BaotouAreas)
        {
            foreach (var bureau in new[] { "government", "civil-affairs", "health", "medical-security", "finance", "human-resources" })
            {
                var unit = _directory.Find($"baotou.{area}.{bureau}");
                Assert.NotNull(unit);
                Assert.Equal("baotou." + area, unit.Jurisdiction);
                Assert.Equal("旗县区", unit.Level);
            }
        }
    }

    [Fact]
    public void Find_JalaidBanner_HasItsBureausCentresAndTowns()
    {
        foreach (var key in new[] { "government", "government-office", "civil-affairs", "finance", "development-reform", "human-resources", "health", "medical-security", "veterans", "disabled-persons", "housing-construction", "statistics", "education", "agriculture-science", "healthcare-reform", "people-hospital", "breeding-center", "party-service-center", "towns" })
        {
            Assert.NotNull(_directory.Find("jalaid." + key));
        }

        foreach (var town in JalaidTowns)
        {
            Assert.Equal("苏木乡镇", _directory.Find($"jalaid.{town}.government")!.Level);
        }
    }

    [Fact]
    public void Find_UnknownId_ReturnsNull()
    {
        Assert.Null(_directory.Find("baotou.ministry-of-magic"));
    }

    [Theory]
    [InlineData("包头市人民政府办公室", "baotou")]
    [InlineData("包头市人民政府关于进一步加强达茂旗草原生态保护修复的实施意见", "baotou")]
    [InlineData("扎赉特旗人民政府办公室关于印发《扎赉特旗养老服务体系建设方案》的通知", "jalaid")]
    [InlineData("昆都仑区人民政府办公室", "baotou.kundulun")]
    [InlineData("包头市昆都仑区人民政府", "baotou.kundulun")]
    [InlineData("土默特右旗人民政府", "baotou.tumed-right")]
    [InlineData("包头稀土高新区管委会办公室", "baotou.hitech")]
    [InlineData("音德尔镇人民政府", "jalaid.yinder")]
    public void JurisdictionOf_IssuerOrTitle_ReturnsTheFirstPlaceNamed(string issuer, string expected)
    {
        Assert.Equal(expected, _directory.JurisdictionOf(issuer));
    }

    [Fact]
    public void JurisdictionOf_PlaceOutsideTheDirectory_ReturnsNull()
    {
        Assert.Null(_directory.JurisdictionOf("河北省人民政府办公厅"));
    }
}
