using Notify.Core.Units;

namespace Notify.Core.Tests.Units;

public class UnitResolverTests
{
    private readonly UnitResolver _resolver = UnitResolver.Default;

    [Theory]
    [InlineData("市卫健委", "baotou.health")]
    [InlineData("卫生健康委", "baotou.health")]
    [InlineData("医保局", "baotou.medical-security")]
    [InlineData("医疗保障局", "baotou.medical-security")]
    [InlineData("人社局", "baotou.human-resources")]
    [InlineData("发改委", "baotou.development-reform")]
    [InlineData("住建局", "baotou.housing-construction")]
    [InlineData("工信局", "baotou.industry-it")]
    [InlineData("文旅广电局", "baotou.culture-tourism")]
    [InlineData("残联", "baotou.disabled-persons")]
    [InlineData("市政府办公室", "baotou.government-office")]
    [InlineData("包头市民政局", "baotou.civil-affairs")]
    public void Resolve_AliasInABaotouDocument_FindsTheMunicipalUnit(string written, string expectedId)
    {
        var match = _resolver.Resolve(written, "baotou");

        Assert.True(match.Known);
        Assert.Equal(expectedId, match.UnitId);
        Assert.Equal(written, match.Name);
    }

    [Theory]
    [InlineData("卫计委", "baotou.health")]
    [InlineData("卫生和计划生育委员会", "baotou.health")]
    [InlineData("环保局", "baotou.ecology-environment")]
    [InlineData("环境保护局", "baotou.ecology-environment")]
    [InlineData("国土资源局", "baotou.natural-resources")]
    [InlineData("规划局", "baotou.natural-resources")]
    [InlineData("食品药品监督管理局", "baotou.market-regulation")]
    [InlineData("工商局", "baotou.market-regulation")]
    [InlineData("质监局", "baotou.market-regulation")]
    [InlineData("农牧业局", "baotou.agriculture")]
    [InlineData("经信委", "baotou.industry-it")]
    [InlineData("安监局", "baotou.emergency")]
    [InlineData("民族宗教局", "baotou.ethnic-affairs")]
    [InlineData("食药监局", "baotou.market-regulation")]
    public void Resolve_HistoricalName_FindsTheUnitThatTookItOver(string written, string expectedId)
    {
        var match = _resolver.Resolve("市" + written, "baotou");

        Assert.True(match.Known);
        Assert.Equal(expectedId, match.UnitId);
        Assert.Equal("市" + written, match.Name);
        Assert.Contains("historical name", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ShortFormOfHumanResources_IsAnAliasNotAHistoricalName()
    {
        var match = _resolver.Resolve("人力资源社会保障局", "baotou");

        Assert.Equal("baotou.human-resources", match.UnitId);
        Assert.Null(match.Reason);
    }

    [Fact]
    public void Resolve_BannerPrefixInAJalaidDocument_FindsTheBannerBureau()
    {
        var match = _resolver.Resolve("旗民政局", "jalaid");

        Assert.Equal("jalaid.civil-affairs", match.UnitId);
        Assert.Equal("旗民政局", match.Name);
    }

    [Fact]
    public void Resolve_BareNameInABaotouMunicipalDocument_FindsTheMunicipalBureau()
    {
        Assert.Equal("baotou.civil-affairs", _resolver.Resolve("民政局", "baotou").UnitId);
        Assert.Equal("jalaid.civil-affairs", _resolver.Resolve("民政局", "jalaid").UnitId);
    }

    [Fact]
    public void Resolve_DistrictDocument_BareNamesAreTheDistrictsAndCityPrefixIsTheCitys()
    {
        Assert.Equal("baotou.kundulun.health", _resolver.Resolve("卫健委", "baotou.kundulun").UnitId);
        Assert.Equal("baotou.kundulun.health", _resolver.Resolve("区卫健委", "baotou.kundulun").UnitId);
        Assert.Equal("baotou.health", _resolver.Resolve("市卫健委", "baotou.kundulun").UnitId);
    }

    [Fact]
    public void Resolve_UnitOnlyTheCityHas_FallsBackToTheCityWithAReason()
    {
        var match = _resolver.Resolve("气象局", "baotou.kundulun");

        Assert.Equal("baotou.meteorology", match.UnitId);
        Assert.Contains("包头市", match.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("昆区卫健委", "baotou.kundulun.health")]
    [InlineData("包头市昆都仑区民政局", "baotou.kundulun.civil-affairs")]
    [InlineData("土右旗医保局", "baotou.tumed-right.medical-security")]
    [InlineData("达茂旗人民政府", "baotou.darhan-muminggan.government")]
    [InlineData("稀土高新区管委会", "baotou.hitech.government")]
    [InlineData("扎赉特旗民政局", "jalaid.civil-affairs")]
    [InlineData("人行包头市中心支行", "baotou.central-bank")]
    public void Resolve_NameCarryingItsPlace_ResolvesWhateverTheDocumentsJurisdiction(string written, string expectedId)
    {
        Assert.Equal(expectedId, _resolver.Resolve(written, "jalaid").UnitId);
        Assert.Equal(expectedId, _resolver.Resolve(written, "baotou").UnitId);
    }

    [Fact]
    public void Resolve_MarketRegulationWithoutPrefix_IsNotReadAsAPrefixedName()
    {
        var match = _resolver.Resolve("市场监管局", "baotou");

        Assert.Equal("市场监管局", match.Name);
        Assert.Equal("baotou.market-regulation", match.UnitId);
    }

    [Fact]
    public void Resolve_MarketRegulationWithPrefix_KeepsTheNameAsWritten()
    {
        var match = _resolver.Resolve("市市场监管局", "baotou");

        Assert.Equal("市市场监管局", match.Name);
        Assert.Equal("baotou.market-regulation", match.UnitId);
    }

    [Fact]
    public void ResolveList_SharedCityPrefix_IsGivenToEveryNameAfterIt()
    {
        var matches = _resolver.ResolveList("市卫健委、民政局、医疗保障局、财政局、人社局、市场监管局", "baotou");

        Assert.Equal(["市卫健委", "市民政局", "市医疗保障局", "市财政局", "市人社局", "市市场监管局"], matches.Select(m => m.Name));
        Assert.All(matches, m => Assert.True(m.Known));
        Assert.Equal("baotou.market-regulation", matches[^1].UnitId);
    }

    [Fact]
    public void ResolveList_NameAlreadyPrefixed_IsNotPrefixedTwice()
    {
        var matches = _resolver.ResolveList("市市场监管局、工信局、科技局", "baotou");

        Assert.Equal(["市市场监管局", "市工信局", "市科技局"], matches.Select(m => m.Name));
    }

    [Fact]
    public void ResolveList_NamesWithTheirOwnQualifier_DoNotTakeTheSharedPrefix()
    {
        var matches = _resolver.ResolveList("市民政局、发改委、市委编办、团市委、红十字会，人行包头市中心支行、包头银保监分局", "baotou");

        Assert.Equal(["市民政局", "市发改委", "市委编办", "团市委", "市红十字会", "人行包头市中心支行", "包头银保监分局"], matches.Select(m => m.Name));
        Assert.Equal(["baotou.civil-affairs", "baotou.development-reform", "baotou.establishment", "baotou.youth-league", "baotou.red-cross", "baotou.central-bank", "baotou.financial-regulation"], matches.Select(m => m.UnitId));
    }

    [Fact]
    public void ResolveList_GroupAfterPrefixedNames_StopsThePrefixFromSpreading()
    {
        var matches = _resolver.ResolveList("旗财政局、卫生健康委员会，各苏木乡镇、种畜繁育中心、党群服务中心", "jalaid");

        Assert.Equal(["旗财政局", "旗卫生健康委员会", "各苏木乡镇", "种畜繁育中心", "党群服务中心"], matches.Select(m => m.Name));
        Assert.Equal(["jalaid.finance", "jalaid.health", "jalaid.towns", "jalaid.breeding-center", "jalaid.party-service-center"], matches.Select(m => m.UnitId));
    }

    [Fact]
    public void ResolveList_PlacesSharingOneGovernmentSuffix_AreEachAGovernment()
    {
        var matches = _resolver.ResolveList("昆区、青山区、东河区、九原区政府、稀土高新区管委会", "baotou");

        Assert.Equal(["昆区政府", "青山区政府", "东河区政府", "九原区政府", "稀土高新区管委会"], matches.Select(m => m.Name));
        Assert.Equal("baotou.qingshan.government", matches[1].UnitId);
    }

    [Fact]
    public void ResolveList_FieldsSharingDepartmentSuffix_AreEachAFunctionalDepartment()
    {
        var matches = _resolver.ResolveList("人社、医保、财政等部门", "jalaid");

        Assert.Equal(["人社部门", "医保部门", "财政部门"], matches.Select(m => m.Name));
        Assert.Equal(["jalaid.human-resources", "jalaid.medical-security", "jalaid.finance"], matches.Select(m => m.UnitId));
    }

    [Theory]
    [InlineData("各旗县区人民政府", "baotou", "baotou.counties")]
    [InlineData("各旗、县、区人民政府", "baotou", "baotou.counties")]
    [InlineData("市直有关部门", "baotou", "baotou.departments")]
    [InlineData("各苏木乡镇", "jalaid", "jalaid.towns")]
    [InlineData("各苏木、乡、镇人民政府", "jalaid", "jalaid.towns")]
    [InlineData("各苏木乡镇（中心）", "jalaid", "jalaid.towns")]
    [InlineData("旗直有关部门", "jalaid", "jalaid.departments")]
    public void Resolve_Group_IsKnownWithAGroupId(string written, string jurisdiction, string groupId)
    {
        var match = _resolver.Resolve(written, jurisdiction);

        Assert.True(match.Known);
        Assert.Equal(groupId, match.UnitId);
        Assert.StartsWith("group", match.Reason, StringComparison.Ordinal);
        Assert.True(UnitDirectory.LoadDefault().Find(groupId)!.IsGroup);
    }

    [Fact]
    public void Resolve_UnknownName_IsKeptAsWrittenAndRoutedToTheIssuingOffice()
    {
        var match = _resolver.Resolve("市标准化研究院", "baotou");

        Assert.False(match.Known);
        Assert.Null(match.UnitId);
        Assert.Equal("市标准化研究院", match.Name);
        Assert.Contains("route to the issuing office", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_PrefixThatDoesNotFitTheJurisdiction_IsUnknownWithTheReason()
    {
        var match = _resolver.Resolve("旗民政局", "baotou");

        Assert.False(match.Known);
        Assert.Contains("prefix '旗'", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_NameRepeatedAcrossAPageBreak_IgnoresTheDebris()
    {
        var match = _resolver.Resolve("旗发展和改革委员会员会", "jalaid");

        Assert.True(match.Known);
        Assert.Equal("jalaid.development-reform", match.UnitId);
        Assert.Equal("旗发展和改革委员会", match.Name);
    }

    [Fact]
    public void Resolve_EveryDirectoryNameFullyQualifiedWithPageBreakDebris_IgnoresTheDebris()
    {
        var directory = _resolver.Directory;
        foreach (var unit in directory.Units.Where(unit => !unit.IsGroup))
        {
            var place = directory.FindJurisdiction(unit.Jurisdiction)!;
            var qualified = place.Name + unit.Name;
            var match = _resolver.Resolve(qualified + qualified[^2..], place.Id);

            Assert.True(match.Known && match.UnitId == unit.Id, $"{qualified} with debris resolved to {match.UnitId ?? match.Reason}");
        }
    }

    [Fact]
    public void Resolve_TextFarLongerThanAnyName_IsUnknown()
    {
        var match = _resolver.Resolve(string.Concat(Enumerable.Repeat("民政局", 20_000)), "baotou");

        Assert.False(match.Known);
    }

    [Fact]
    public void Resolve_CityPrefixWithoutJurisdiction_IsAmbiguousAmongTheTwelveCitiesAndLeagues()
    {
        Assert.False(_resolver.Resolve("市民政局", null).Known);
        Assert.False(_resolver.Resolve("民政局", null).Known);
        Assert.Equal("baotou.civil-affairs", _resolver.Resolve("包头市民政局", null).UnitId);
    }
}
