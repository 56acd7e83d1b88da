using System.Text;
using Notify.Core.Units;

namespace Notify.Core.Tests.Units;

public class InnerMongoliaDirectoryTests
{
    private static readonly string[] Leagues =
    [
        "hohhot", "baotou", "hulunbuir", "hinggan", "tongliao", "chifeng", "xilingol", "ulanqab", "ordos", "bayannur", "wuhai", "alxa",
    ];

    private static readonly string[] CoreBureaus = ["government", "government-office", "civil-affairs", "finance", "human-resources", "health", "medical-security", "tax"];

    private readonly UnitDirectory _directory = UnitDirectory.LoadDefault();
    private readonly UnitResolver _resolver = UnitResolver.Default;

    [Fact]
    public void Jurisdictions_TheRegionItsTwelveLeaguesAndCitiesAndTheirCountyLevelPlaces_AreAllPresent()
    {
        Assert.Equal("内蒙古自治区", _directory.FindJurisdiction("inner-mongolia")!.Name);
        Assert.All(Leagues, id => Assert.Equal("inner-mongolia", _directory.FindJurisdiction(id)!.Parent));
        var countyLevel = _directory.Jurisdictions.Count(place => place.Parent is { } parent && Leagues.Contains(parent) && place.Id != "baotou.hitech");
        Assert.Equal(103, countyLevel);
        Assert.Equal("hinggan", _directory.FindJurisdiction("jalaid")!.Parent);
    }

    [Fact]
    public void Find_EveryRegionLeagueAndCountyLevelPlace_HasTheCoreBureausUnderStableIds()
    {
        var places = _directory.Jurisdictions.Where(place => place.Level != "苏木乡镇" && place.Id != "baotou.hitech");
        foreach (var place in places)
        {
            foreach (var key in CoreBureaus)
            {
                var unit = _directory.Find($"{place.Id}.{key}");
                Assert.True(unit is not null, $"{place.Id}.{key} is missing");
                Assert.Equal(place.Id, unit.Jurisdiction);
            }
        }
    }

    [Fact]
    public void Find_GeneratedUnits_CarryTheFullNameOfTheirPlace()
    {
        Assert.Equal("内蒙古自治区民政厅", _directory.Find("inner-mongolia.civil-affairs")!.Name);
        Assert.Equal("兴安盟行政公署", _directory.Find("hinggan.government")!.Name);
        Assert.Equal("呼和浩特市人民政府办公室", _directory.Find("hohhot.government-office")!.Name);
        Assert.Equal("科尔沁右翼前旗人力资源和社会保障局", _directory.Find("hinggan.horqin-right-front.human-resources")!.Name);
        Assert.Equal("国家税务总局鄂托克前旗税务局", _directory.Find("ordos.otog-front.tax")!.Name);
        Assert.Equal("旗直有关部门", _directory.Find("alxa.alxa-left.departments")!.Name);
        Assert.Contains("卫计委", _directory.Find("chifeng.aohan.health")!.FormerNames);
    }

    [Fact]
    public void Find_ExplicitBaotouAndJalaidUnits_WinOverTheTemplates()
    {
        Assert.Equal("包头市文化旅游广电局", _directory.Find("baotou.culture-tourism")!.Name);
        Assert.Equal("扎赉特旗农牧和科技局", _directory.Find("jalaid.agriculture-science")!.Name);
        Assert.Null(_directory.Find("jalaid.agriculture"));
        Assert.Null(_directory.Find("jalaid.science-technology"));
        Assert.Equal("扎赉特旗商务局", _directory.Find("jalaid.commerce")!.Name);
        Assert.Equal("jalaid.agriculture-science", _resolver.Resolve("旗农牧局", "jalaid").UnitId);
    }

    [Theory]
    [InlineData("呼和浩特市人民政府办公室关于做好冬季供暖工作的通知", "hohhot")]
    [InlineData("内蒙古自治区人民政府办公厅", "inner-mongolia")]
    [InlineData("兴安盟行政公署办公室", "hinggan")]
    [InlineData("兴安盟扎赉特旗人民政府", "jalaid")]
    [InlineData("科右前旗人民政府关于开展草畜平衡核查的通知", "hinggan.horqin-right-front")]
    [InlineData("莫旗教育局", "hulunbuir.morin-dawa")]
    [InlineData("鄂前旗医疗保障局", "ordos.otog-front")]
    [InlineData("满洲里市人力资源和社会保障局", "hulunbuir.manzhouli")]
    [InlineData("锡盟行署办公室", "xilingol")]
    [InlineData("内蒙古自治区包头市昆都仑区人民政府", "baotou.kundulun")]
    [InlineData("呼伦贝尔市鄂温克族自治旗民政局", "hulunbuir.ewenki")]
    public void JurisdictionOf_NewPlacesAndTheirShortNames_AreFound(string issuer, string expected)
    {
        Assert.Equal(expected, _directory.JurisdictionOf(issuer));
    }

    [Fact]
    public void JurisdictionOf_APlaceOnlyInsideAQuotedTitle_GivesWayToTheIssuingPlace()
    {
        Assert.Equal("tongliao", _directory.JurisdictionOf("转发《内蒙古自治区耕地地力补贴实施办法》的通辽市实施细则"));
        Assert.Equal("inner-mongolia", _directory.JurisdictionOf("关于转发《内蒙古自治区耕地地力补贴实施办法》的通知"));
    }

    [Theory]
    [InlineData("新疆维吾尔自治区人民政府办公厅关于印发养老服务条例的通知")]
    [InlineData("广西壮族自治区民政厅")]
    [InlineData("推动东西部海南区域协作发展")]
    [InlineData("守护绿水青山区域生态")]
    public void JurisdictionOf_APlaceNameInsideAnotherWordOrRegion_IsNotAHit(string title)
    {
        Assert.Null(_directory.JurisdictionOf(title));
    }

    [Theory]
    [InlineData("市民政局", "hohhot", "hohhot.civil-affairs")]
    [InlineData("自治区民政厅", "hohhot", "inner-mongolia.civil-affairs")]
    [InlineData("内蒙古自治区人社厅", "chifeng", "inner-mongolia.human-resources")]
    [InlineData("兴安盟民政局", "jalaid", "hinggan.civil-affairs")]
    [InlineData("盟民政局", "hinggan", "hinggan.civil-affairs")]
    [InlineData("盟医保局", "hinggan.horqin-right-front", "hinggan.medical-security")]
    [InlineData("科右前旗人社局", "hinggan", "hinggan.horqin-right-front.human-resources")]
    [InlineData("科右前旗人社局", null, "hinggan.horqin-right-front.human-resources")]
    [InlineData("旗人社局", "hinggan.horqin-right-front", "hinggan.horqin-right-front.human-resources")]
    [InlineData("医保局", "ordos.otog-front", "ordos.otog-front.medical-security")]
    [InlineData("县住建局", "chifeng.ningcheng", "chifeng.ningcheng.housing-construction")]
    [InlineData("区市场监管局", "wuhai.hainan", "wuhai.hainan.market-regulation")]
    [InlineData("盟行署", "alxa", "alxa.government")]
    [InlineData("行政公署办公室", "xilingol", "xilingol.government-office")]
    [InlineData("阿左旗政府", null, "alxa.alxa-left.government")]
    [InlineData("鄂尔多斯市税务局", null, "ordos.tax")]
    public void Resolve_UnitsAcrossTheRegion_FindTheUnitOfThePlaceMeant(string written, string? jurisdiction, string expected)
    {
        var match = _resolver.Resolve(written, jurisdiction);

        Assert.True(match.Known, match.Reason);
        Assert.Equal(expected, match.UnitId);
        Assert.Equal(written, match.Name);
    }

    [Theory]
    [InlineData("旗卫计委", "xilingol.zhenglan", "xilingol.zhenglan.health")]
    [InlineData("扶贫办", "chifeng.aohan", "chifeng.aohan.rural-revitalization")]
    [InlineData("市国土资源局", "bayannur", "bayannur.natural-resources")]
    [InlineData("县安监局", "ulanqab.liangcheng", "ulanqab.liangcheng.emergency")]
    [InlineData("市食药监局", "tongliao", "tongliao.market-regulation")]
    [InlineData("自治区环保厅", "wuhai", "inner-mongolia.ecology-environment")]
    [InlineData("农牧业局", "hulunbuir.arun", "hulunbuir.arun.agriculture")]
    [InlineData("劳动局", "hohhot.saihan", "hohhot.saihan.human-resources")]
    public void Resolve_AFormerNameAnywhereInTheRegion_FindsTheCurrentUnit(string written, string jurisdiction, string expected)
    {
        var match = _resolver.Resolve(written, jurisdiction);

        Assert.Equal(expected, match.UnitId);
        Assert.Contains("historical name", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ARegionalBureauNamedBareInACityDocument_IsFoundAtTheRegion()
    {
        var match = _resolver.Resolve("教育厅", "hohhot");

        Assert.Equal("inner-mongolia.education", match.UnitId);
        Assert.Contains("内蒙古自治区", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_APlaceOpeningWithAFillerCharacter_KeepsItsFirstCharacter()
    {
        Assert.Equal("hohhot.horinger.civil-affairs", _resolver.Resolve("和林格尔县民政局", "hohhot").UnitId);
        Assert.Equal(
            ["hohhot.qingshuihe.civil-affairs", "hohhot.horinger.civil-affairs"],
            _resolver.ResolveList("清水河县民政局、和林格尔县民政局", "hohhot").Select(m => m.UnitId));
        Assert.Equal(
            ["hohhot.health", "hohhot.forestry-grassland"],
            _resolver.ResolveList("市卫健委和林草局", "hohhot").Select(m => m.UnitId));
    }

    [Fact]
    public void Resolve_WeatherBureau_BelongsToBannersAndCountiesButADistrictFallsBackToItsCity()
    {
        Assert.Equal("ordos.uxin.meteorology", _resolver.Resolve("气象局", "ordos.uxin").UnitId);
        Assert.Equal("wuhai.meteorology", _resolver.Resolve("气象局", "wuhai.hainan").UnitId);
    }

    [Fact]
    public void Resolve_CityPrefixInALeagueDocument_IsAmbiguousAndKeptAsWritten()
    {
        var match = _resolver.Resolve("市民政局", "hinggan");

        Assert.False(match.Known);
        Assert.Null(match.UnitId);
        Assert.Equal("市民政局", match.Name);
        Assert.Contains("兴安盟", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_CityPrefixInACountyLevelCityDocument_MeansThatCity()
    {
        Assert.Equal("hulunbuir.manzhouli.civil-affairs", _resolver.Resolve("市民政局", "hulunbuir.manzhouli").UnitId);
        Assert.Equal("tongliao.holingol.health", _resolver.Resolve("市卫健委", "tongliao.holingol").UnitId);
        Assert.Equal("hulunbuir.civil-affairs", _resolver.Resolve("呼伦贝尔市民政局", "hulunbuir.manzhouli").UnitId);
    }

    [Theory]
    [InlineData("旗草原监督管理所", "xilingol.xianghuang")]
    [InlineData("盟文物保护中心", "alxa")]
    [InlineData("自治区航天育种站", "hohhot")]
    public void Resolve_AnUnknownUnitShapedName_IsKeptAsWrittenAndFlagged(string written, string jurisdiction)
    {
        var match = _resolver.Resolve(written, jurisdiction);

        Assert.False(match.Known);
        Assert.Equal(written, match.Name);
        Assert.False(string.IsNullOrEmpty(match.Reason));
    }

    [Theory]
    [InlineData("各旗县市区人民政府", "chifeng", "chifeng.counties")]
    [InlineData("各旗县市", "xilingol", "xilingol.counties")]
    [InlineData("盟直有关部门", "hinggan", "hinggan.departments")]
    [InlineData("各苏木乡镇", "xilingol.abag", "xilingol.abag.towns")]
    [InlineData("各盟市人民政府", "inner-mongolia", "inner-mongolia.leagues")]
    [InlineData("自治区各有关部门", "inner-mongolia", "inner-mongolia.departments")]
    public void Resolve_StandardGroups_ResolveToTheGroupOfThePlace(string written, string jurisdiction, string expected)
    {
        var match = _resolver.Resolve(written, jurisdiction);

        Assert.Equal(expected, match.UnitId);
        Assert.True(_directory.Find(expected)!.IsGroup);
    }

    [Fact]
    public void Resolve_AGroupNameOfAnotherLevel_IsNotTakenFromSomeOtherPlace()
    {
        var match = _resolver.Resolve("旗直有关部门", "hohhot");

        Assert.False(match.Known, match.UnitId);
        Assert.Equal("hinggan.departments", _resolver.Resolve("盟直各有关部门", "jalaid").UnitId);
    }

    [Fact]
    public void ResolveList_APrefixSharedAlongAListInALeagueDocument_StaysWithTheLeague()
    {
        var matches = _resolver.ResolveList("盟卫健委、医保局、财政局，各旗县市人民政府", "hinggan");

        Assert.Equal(["hinggan.health", "hinggan.medical-security", "hinggan.finance", "hinggan.counties"], matches.Select(m => m.UnitId));
    }

    [Fact]
    public void ResolveList_TheRegionsStandardAddressees_AreItsGroups()
    {
        var matches = _resolver.ResolveList("各盟行政公署、市人民政府，各旗县人民政府，自治区各委、办、厅、局", "inner-mongolia");

        Assert.Equal(["inner-mongolia.leagues", "inner-mongolia.counties", "inner-mongolia.departments"], matches.Select(m => m.UnitId));
    }

    [Fact]
    public void Load_ATemplateAndAnExplicitUnitOfTheSameKey_KeepsTheExplicitOneAndGeneratesTheRest()
    {
        const string json = """
            {
              "Jurisdictions": [
                {"Id": "north", "Name": "北旗", "ShortNames": [], "Level": "旗县区", "Parent": null, "UnitPrefix": "旗"},
                {"Id": "south", "Name": "南县", "ShortNames": [], "Level": "旗县区", "Parent": null, "UnitPrefix": "县"}
              ],
              "Units": [
                {"Id": "north.farming", "Name": "北旗农牧和科技局", "Jurisdiction": "north", "Level": "旗县区", "Kind": "工作部门", "Aliases": ["农牧局", "科技局"], "FormerNames": []}
              ],
              "Templates": [
                {"Levels": ["旗县区"], "UnitPrefix": null, "Units": [
                  {"Key": "agriculture", "Name": "农牧局", "Kind": "工作部门", "Aliases": ["农牧局"], "FormerNames": ["农牧业局"]},
                  {"Key": "government", "Name": "人民政府", "Kind": "人民政府", "Aliases": ["{prefix}政府"], "FormerNames": []}
                ]}
              ]
            }
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var directory = UnitDirectory.Load(stream);

        Assert.Null(directory.Find("north.agriculture"));
        Assert.Equal("南县农牧局", directory.Find("south.agriculture")!.Name);
        Assert.Equal(["县政府"], directory.Find("south.government")!.Aliases);
        Assert.Equal(4, directory.Units.Count);
    }
}
