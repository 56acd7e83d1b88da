using Notify.Core.Residents;

namespace Notify.Core.Registry;

/// <summary>
/// Deterministic synthetic residents: the same seed and date give the same residents, in the same order, one at a
/// time (nothing is kept between residents, so millions stream in constant memory). Regions are weighted by
/// population, ages follow a rough Inner Mongolia pyramid, categories follow age and region, flags are rare and
/// rise with age, and Mongolian speakers are commoner in the banners.
/// </summary>
public sealed class ResidentGenerator(int seed, DateOnly asOf, RegionCatalog? regions = null)
{
    // Age bands (inclusive) with their share of the population in percent.
    private static readonly (int From, int To, double Weight)[] AgeBands =
    [
        (0, 5, 4.5), (6, 17, 12), (18, 29, 12), (30, 44, 21), (45, 59, 24.5), (60, 69, 14), (70, 79, 8), (80, 89, 3.5), (90, 100, 0.5),
    ];

    private static readonly string[] PhonePrefixes = ["139", "138", "150", "151", "186", "187", "131", "158", "177", "199", "182", "135"];

    private static readonly string OpenIdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    public IEnumerable<Resident> Generate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var populated = (regions ?? RegionCatalog.Default).Regions.Where(region => region.Population > 0).ToArray();
        var cumulative = new double[populated.Length];
        double total = 0;
        for (var i = 0; i < populated.Length; i++)
        {
            total += populated[i].Population;
            cumulative[i] = total;
        }

        for (var index = 0; index < count; index++)
        {
            var region = populated[Pick(cumulative, random.NextDouble() * total)];
            yield return Create(random, index, region);
        }
    }

    private Resident Create(Random random, int index, RegistryRegion region)
    {
        var age = SampleAge(random);
        var birthDate = asOf.AddYears(-age).AddDays(-random.Next(0, 365));
        var mongolian = random.NextDouble() < region.MongolianShare;
        var language = mongolian && random.NextDouble() < 0.85 ? ResidentLanguages.Mongolian : ResidentLanguages.Chinese;
        var name = mongolian ? MongolianName(random) : HanName(random);
        var category = SampleCategory(random, age, region.IsPastoral);
        var flags = SampleFlags(random, age, region.IsPastoral);

        var phone = random.NextDouble() < 0.94
            ? "+86" + PhonePrefixes[random.Next(PhonePrefixes.Length)] + random.Next(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture)
            : null;
        var openId = random.NextDouble() < (age >= 75 ? 0.2 : 0.55) ? OpenId(random) : null;
        var email = random.NextDouble() < (age is >= 18 and < 60 ? 0.06 : 0.01)
            ? $"resident{index}@example.com"
            : null;

        var channels = new List<string>();
        if (openId is not null)
        {
            channels.Add(ResidentChannels.WeChat);
        }

        if (phone is not null)
        {
            channels.Insert(random.NextDouble() < 0.3 ? 0 : channels.Count, ResidentChannels.Sms);
        }

        if (email is not null)
        {
            channels.Add(ResidentChannels.Email);
        }

        var consent = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var channel in channels)
        {
            consent[channel] = random.NextDouble() >= 0.02;
        }

        return new Resident(
            $"R{index:D9}", name, phone, openId, email, region.Code, birthDate, category, flags,
            SamplePaidThrough(random), language, channels, consent);
    }

    private static int Pick(double[] cumulative, double value)
    {
        var found = Array.BinarySearch(cumulative, value);
        return Math.Min(found < 0 ? ~found : found, cumulative.Length - 1);
    }

    private static int SampleAge(Random random)
    {
        var roll = random.NextDouble() * 100;
        foreach (var (from, to, weight) in AgeBands)
        {
            if (roll < weight)
            {
                // The 90+ band thins out towards 100.
                return to == 100 ? from + (int)(Math.Pow(random.NextDouble(), 2) * (to - from + 1)) : random.Next(from, to + 1);
            }

            roll -= weight;
        }

        return 40;
    }

    private static string SampleCategory(Random random, int age, bool pastoral)
    {
        if (age < 6)
        {
            return ResidentCategories.PreschoolChildren;
        }

        if (age < 18 || (age < 23 && random.NextDouble() < 0.55))
        {
            return ResidentCategories.Students;
        }

        var roll = random.NextDouble();
        if (pastoral)
        {
            return roll < 0.72 ? ResidentCategories.FarmersAndHerders
                : roll < 0.88 ? ResidentCategories.UrbanResidents
                : ResidentCategories.Employees;
        }

        return roll < (age < 60 ? 0.5 : 0.45) ? ResidentCategories.Employees : ResidentCategories.UrbanResidents;
    }

    private static HashSet<string> SampleFlags(Random random, int age, bool pastoral)
    {
        var flags = new HashSet<string>(StringComparer.Ordinal);
        void Maybe(string flag, double rate)
        {
            if (random.NextDouble() < rate)
            {
                flags.Add(flag);
            }
        }

        Maybe(ResidentGroups.Disabled, age >= 80 ? 0.12 : age >= 65 ? 0.03 : 0.002);
        Maybe(ResidentGroups.LivingAlone, age >= 65 ? 0.1 : age >= 18 ? 0.005 : 0);
        Maybe(ResidentGroups.Destitute, age >= 65 ? 0.01 : 0.002);
        Maybe(ResidentGroups.MinimumLivingAllowance, pastoral ? 0.04 : 0.02);
        Maybe(ResidentGroups.SeverelyHandicapped, age >= 65 ? 0.012 : 0.005);
        return flags;
    }

    private int? SamplePaidThrough(Random random)
    {
        var roll = random.NextDouble();
        return roll < 0.82 ? asOf.Year
            : roll < 0.93 ? asOf.Year - 1
            : roll < 0.97 ? asOf.Year - 1 - random.Next(1, 5)
            : null;
    }

    private static string HanName(Random random)
    {
        // Squaring favours the common surnames at the front of the list.
        var surname = ResidentNames.Surnames[(int)(Math.Pow(random.NextDouble(), 2) * ResidentNames.Surnames.Length)];
        var given = ResidentNames.GivenNameChars[random.Next(ResidentNames.GivenNameChars.Length)];
        return random.NextDouble() < 0.7
            ? surname + given + ResidentNames.GivenNameChars[random.Next(ResidentNames.GivenNameChars.Length)]
            : surname + given;
    }

    private static string MongolianName(Random random) =>
        ResidentNames.MongolianNames[random.Next(ResidentNames.MongolianNames.Length)];

    private static string OpenId(Random random)
    {
        Span<char> chars = stackalloc char[28];
        chars[0] = 'o';
        for (var i = 1; i < chars.Length; i++)
        {
            chars[i] = OpenIdAlphabet[random.Next(OpenIdAlphabet.Length)];
        }

        return new string(chars);
    }
}
