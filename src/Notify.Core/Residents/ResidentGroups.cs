namespace Notify.Core.Residents;

/// <summary>
/// The closed vocabulary of resident groups, in one place: each canonical name with the ways documents write
/// it. Ages are canonical as "60周岁以上" … "100周岁以上" ("60周岁及以上", "年满80周岁", "80岁以上" all normalize).
/// Phrases that contain a group's name but mean an office ("残疾人联合会", "退役军人事务局") are listed to be skipped.
/// </summary>
public static class ResidentGroups
{
    public const string Students = "在校学生";
    public const string PreschoolChildren = "学龄前儿童";
    public const string UrbanResidents = "城镇居民";
    public const string FarmersAndHerders = "农牧民";
    public const string UrbanAndRuralResidents = "城乡居民";
    public const string Destitute = "特困";
    public const string Disabled = "失能";
    public const string PartlyDisabled = "半失能";
    public const string Demented = "失智";
    public const string LivingAlone = "独居";
    public const string EmptyNest = "空巢";
    public const string LeftBehind = "留守";
    public const string MinimumLivingAllowance = "低保";
    public const string LowIncome = "低收入";
    public const string SeverelyHandicapped = "重度残疾";
    public const string Handicapped = "残疾人";
    public const string Oldest = "高龄";
    public const string FamilyPlanningSpecialFamilies = "计划生育特殊家庭";
    public const string Veterans = "退役军人";
    public const string Orphans = "孤儿";
    public const string WithoutFamily = "孤寡";
    public const string Entitled = "优抚对象";
    public const string RegisteredPoor = "建档立卡贫困人口";
    public const string EconomicHardship = "经济困难";

    /// <summary>The ages that have a canonical "N周岁以上" group.</summary>
    public static IReadOnlyList<int> Ages { get; } = [60, 65, 70, 75, 80, 85, 90, 100];

    /// <summary>Every canonical name, ages included.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Students, PreschoolChildren, UrbanResidents, FarmersAndHerders, UrbanAndRuralResidents,
        .. Ages.Select(AgeGroup),
        Destitute, Disabled, PartlyDisabled, Demented, LivingAlone, EmptyNest, LeftBehind, MinimumLivingAllowance, LowIncome,
        SeverelyHandicapped, Handicapped, Oldest, FamilyPlanningSpecialFamilies, Veterans, Orphans, WithoutFamily, Entitled,
        RegisteredPoor, EconomicHardship,
    ];

    /// <summary>How documents write each group; a null canonical name marks a phrase to skip.</summary>
    internal static IReadOnlyList<(string Phrase, string? Group)> Phrases { get; } = SortedLongestFirst(
    [
        ("在校学生", Students), ("在校生", Students), ("在校大学生", Students), ("中小学生", Students), ("大中小学生", Students),
        ("学龄前儿童", PreschoolChildren), ("学龄前幼儿", PreschoolChildren), ("3—6岁儿童", PreschoolChildren), ("3-6岁儿童", PreschoolChildren),
        ("3至6岁儿童", PreschoolChildren), ("在园幼儿", PreschoolChildren),
        ("城镇居民", UrbanResidents), ("城镇居民小区", null), ("市民政", null),
        ("农牧民", FarmersAndHerders), ("农民", FarmersAndHerders), ("农民工", null), ("牧民", FarmersAndHerders), ("农牧户", FarmersAndHerders),
        ("城乡居民", UrbanAndRuralResidents), ("城乡参保居民", UrbanAndRuralResidents),
        ("特困", Destitute), ("特困人员", Destitute), ("特困供养", Destitute), ("特困老人", Destitute), ("特困老年人", Destitute),
        ("失能", Disabled), ("半失能", PartlyDisabled), ("部分失能", PartlyDisabled), ("失智", Demented),
        ("独居", LivingAlone), ("空巢", EmptyNest), ("留守", LeftBehind),
        ("低保", MinimumLivingAllowance), ("最低生活保障", MinimumLivingAllowance), ("低保对象", MinimumLivingAllowance),
        ("低收入", LowIncome),
        ("重度残疾", SeverelyHandicapped), ("重残", SeverelyHandicapped),
        ("残疾人", Handicapped), ("残疾", Handicapped), ("残疾人联合会", null), ("残联", null), ("残疾人两项补贴", Handicapped),
        ("高龄", Oldest), ("高龄津贴", null), ("高龄补贴", null),
        ("计划生育特殊家庭", FamilyPlanningSpecialFamilies), ("计生特殊家庭", FamilyPlanningSpecialFamilies), ("失独家庭", FamilyPlanningSpecialFamilies),
        ("退役军人", Veterans), ("退伍军人", Veterans), ("复员军人", Veterans), ("退役军人事务", null),
        ("孤儿", Orphans), ("事实无人抚养儿童", Orphans),
        ("孤寡", WithoutFamily),
        ("优抚对象", Entitled), ("优待抚恤对象", Entitled), ("烈士遗属", Entitled),
        ("建档立卡", RegisteredPoor), ("建档立卡贫困人口", RegisteredPoor), ("贫困人口", RegisteredPoor),
        ("经济困难", EconomicHardship),
    ]);

    public static string AgeGroup(int age) => $"{age}周岁以上";

    private static List<(string Phrase, string? Group)> SortedLongestFirst(List<(string Phrase, string? Group)> phrases)
    {
        phrases.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
        return phrases;
    }
}
