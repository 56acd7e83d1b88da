using Notify.Core.Registry;
using Notify.Core.Residents;

namespace Notify.Core.Tests.Registry;

public sealed class ResidentGeneratorTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 1);

    private static readonly Lazy<List<Resident>> Sample = new(() => new ResidentGenerator(42, AsOf).Generate(40_000).ToList());

    [Fact]
    public void Generate_SameSeed_GivesIdenticalResidents() =>
        Assert.Equal(new ResidentGenerator(5, AsOf).Generate(1_000), new ResidentGenerator(5, AsOf).Generate(1_000));

    [Fact]
    public void Generate_DifferentSeeds_Differ()
    {
        var first = new ResidentGenerator(5, AsOf).Generate(1_000).ToList();
        var second = new ResidentGenerator(6, AsOf).Generate(1_000).ToList();

        Assert.True(first.Zip(second).Count(pair => pair.First.Equals(pair.Second)) < 10);
    }

    [Fact]
    public void Generate_Ids_AreUniqueAndStable()
    {
        Assert.Equal(Sample.Value.Count, Sample.Value.Select(resident => resident.Id).Distinct().Count());
        Assert.Equal("R000000000", Sample.Value[0].Id);
    }

    [Fact]
    public void Generate_Ages_FollowAPlausiblePyramid()
    {
        var ages = Sample.Value.Select(resident => resident.AgeOn(AsOf)).ToList();
        double Share(Func<int, bool> band) => ages.Count(band) / (double)ages.Count;

        Assert.InRange(Share(age => age is >= 30 and < 60), 0.38, 0.55);
        Assert.InRange(Share(age => age < 18), 0.12, 0.22);
        Assert.InRange(Share(age => age >= 60), 0.2, 0.32);
        Assert.InRange(Share(age => age >= 80), 0.02, 0.06);
        Assert.True(Share(age => age is >= 30 and < 60) > Share(age => age < 30));
        Assert.All(ages, age => Assert.InRange(age, 0, 100));
    }

    [Fact]
    public void Generate_Languages_AreMostlyChineseWithAMongolianShare()
    {
        var mongolian = Sample.Value.Count(resident => resident.Language == ResidentLanguages.Mongolian) / (double)Sample.Value.Count;

        Assert.InRange(mongolian, 0.02, 0.12);
    }

    [Fact]
    public void Generate_Banners_HaveMoreMongolianSpeakersAndHerdersThanCityDistricts()
    {
        var regions = RegionCatalog.Default;
        var pastoral = Sample.Value.Where(resident => regions.Find(resident.Region)!.IsPastoral).ToList();
        var urban = Sample.Value.Where(resident => !regions.Find(resident.Region)!.IsPastoral).ToList();
        double Share(List<Resident> residents, Func<Resident, bool> test) => residents.Count(test) / (double)residents.Count;

        Assert.True(Share(pastoral, r => r.Language == "mn") > 2 * Share(urban, r => r.Language == "mn"));
        Assert.True(Share(pastoral, r => r.Category == ResidentCategories.FarmersAndHerders) > 0.4);
        Assert.Equal(0, Share(urban, r => r.Category == ResidentCategories.FarmersAndHerders));
        Assert.True(urban.Count > pastoral.Count);
    }

    [Fact]
    public void Generate_Regions_AreKnownAndWeightedByPopulation()
    {
        var counts = Sample.Value.GroupBy(resident => resident.Region).ToDictionary(group => group.Key, group => group.Count());

        Assert.All(counts.Keys, region => Assert.True(RegionCatalog.Default.IsKnown(region)));
        Assert.True(counts["baotou.kundulun"] > 5 * counts.GetValueOrDefault("jalaid.xinlin"));
        Assert.True(counts.ContainsKey("jalaid.yinder"));
    }

    [Fact]
    public void Generate_Categories_FollowAge()
    {
        Assert.All(Sample.Value.Where(resident => resident.AgeOn(AsOf) < 6),
            resident => Assert.Equal(ResidentCategories.PreschoolChildren, resident.Category));
        Assert.All(Sample.Value.Where(resident => resident.AgeOn(AsOf) is >= 6 and < 18),
            resident => Assert.Equal(ResidentCategories.Students, resident.Category));
        Assert.DoesNotContain(Sample.Value, resident => resident.AgeOn(AsOf) >= 30 && resident.Category == ResidentCategories.Students);
    }

    [Fact]
    public void Generate_DisabilityAndLivingAlone_AreRareAndMostlyOld()
    {
        var disabled = Sample.Value.Where(resident => resident.Flags.Contains(ResidentGroups.Disabled)).ToList();
        var alone = Sample.Value.Where(resident => resident.Flags.Contains(ResidentGroups.LivingAlone)).ToList();

        Assert.InRange(disabled.Count / (double)Sample.Value.Count, 0.002, 0.03);
        Assert.True(disabled.Count(resident => resident.AgeOn(AsOf) >= 65) > 0.6 * disabled.Count);
        Assert.True(alone.Count(resident => resident.AgeOn(AsOf) >= 65) > 0.6 * alone.Count);
    }

    [Fact]
    public void Generate_PaidThroughYear_IsMostlyCurrent()
    {
        var current = Sample.Value.Count(resident => resident.PaidThroughYear == AsOf.Year) / (double)Sample.Value.Count;
        var unpaid = Sample.Value.Count(resident => resident.PaidThroughYear is null || resident.PaidThroughYear < AsOf.Year);

        Assert.InRange(current, 0.7, 0.9);
        Assert.True(unpaid > 0);
    }

    [Fact]
    public void Generate_Contacts_AreWellFormedAndMatchChannels()
    {
        Assert.All(Sample.Value.Take(5_000), resident =>
        {
            if (resident.Phone is not null)
            {
                Assert.Equal(resident.Phone, MobileNumber.Normalize(resident.Phone));
            }

            Assert.Equal(resident.ChannelPreference.Count, resident.ChannelPreference.Distinct().Count());
            Assert.All(resident.ChannelPreference, channel => Assert.True(resident.Consent.ContainsKey(channel)));
        });
        Assert.Contains(Sample.Value, resident => resident.WeChatOpenId is not null);
        Assert.Contains(Sample.Value, resident => resident.Email is not null);
    }

    [Fact]
    public void Generate_MongolianSpeakers_HaveMongolianNames()
    {
        var mongolian = Sample.Value.Where(resident => resident.Language == "mn").Take(200).ToList();

        Assert.NotEmpty(mongolian);
        Assert.All(mongolian, resident => Assert.True(resident.Name.Length >= 2));
        Assert.Contains(mongolian, resident => resident.Name is "巴特尔" or "乌云其其格" or "其木格" or "额尔敦" or "苏和" or "斯琴" or "宝音" or "图雅" or "乌兰" or "巴图");
    }
}
