using Notify.Core.Registry;

namespace Notify.Core.Tests.Registry;

public sealed class ResidentChangeParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 2, 0, 0, TimeSpan.Zero);

    private static readonly ResidentChangeParser Parser = new(RegionCatalog.Default, Now, new DateOnly(2026, 11, 22));

    private static readonly Resident Someone = new(
        "R1", "王芳", null, null, null, "baotou.kundulun", new DateOnly(1960, 3, 15), ResidentCategories.UrbanResidents,
        new HashSet<string> { ResidentFlags.All[0] }, 2025, ResidentLanguages.Chinese, [], new Dictionary<string, bool>());

    [Fact]
    public void Parse_EveryFieldValid_ReturnsTheChange()
    {
        var errors = new List<ResidentChangeError>();

        var change = Parser.Parse(0, new ResidentChangeFields("R1", "1960-03-16", ResidentCategories.FarmersAndHerders, null, [ResidentFlags.All[1]], null,
            "jalaid.yinder", "2027", "2026-11-22T09:30:00+08:00"), errors);

        Assert.Empty(errors);
        Assert.Equal(new DateOnly(1960, 3, 16), change!.BirthDate);
        Assert.Equal(2027, change.PaidThroughYear);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 1, 30, 0, TimeSpan.Zero), change.EffectiveAt);
    }

    [Theory]
    [InlineData("birthDate", "1960-02-30")]
    [InlineData("birthDate", "2027-01-01")]
    [InlineData("category", "居民")]
    [InlineData("region", "atlantis")]
    [InlineData("flags", "未知")]
    [InlineData("paidThroughYear", "twenty")]
    [InlineData("effectiveAt", "2026-11-22T09:30:00")]
    [InlineData("effectiveAt", "2027-11-22T09:30:00+08:00")]
    public void Parse_OneBadField_NamesTheFieldAndReturnsNull(string field, string value)
    {
        var fields = field switch
        {
            "birthDate" => new ResidentChangeFields("R1", BirthDate: value),
            "category" => new ResidentChangeFields("R1", Category: value),
            "region" => new ResidentChangeFields("R1", Region: value),
            "flags" => new ResidentChangeFields("R1", Flags: [value]),
            "paidThroughYear" => new ResidentChangeFields("R1", PaidThroughYear: value),
            _ => new ResidentChangeFields("R1", Category: ResidentCategories.Students, EffectiveAt: value),
        };
        var errors = new List<ResidentChangeError>();

        Assert.Null(Parser.Parse(3, fields, errors));

        var error = Assert.Single(errors);
        Assert.Equal((3, field), (error.Index, error.Field));
    }

    [Fact]
    public void Parse_NothingToChange_IsAnError()
    {
        var errors = new List<ResidentChangeError>();

        Assert.Null(Parser.Parse(0, new ResidentChangeFields("R1", EffectiveAt: "2026-11-22T01:30:00Z"), errors));
        Assert.Equal("event", Assert.Single(errors).Field);
    }

    [Fact]
    public void Parse_FullFlagSetAndAddTogether_IsAnError()
    {
        var errors = new List<ResidentChangeError>();

        Assert.Null(Parser.Parse(0, new ResidentChangeFields("R1", Flags: [ResidentFlags.All[0]], AddFlags: [ResidentFlags.All[1]]), errors));
        Assert.Equal("flags", Assert.Single(errors).Field);
    }

    [Fact]
    public void ApplyTo_AddAndRemoveFlags_EditsTheSetAndKeepsTheRest()
    {
        var change = new ResidentChange("R1", AddFlags: [ResidentFlags.All[2]], RemoveFlags: [ResidentFlags.All[0]], PaidThroughYear: 2027);

        var after = change.ApplyTo(Someone);

        Assert.Equal([ResidentFlags.All[2]], after.Flags);
        Assert.Equal(2027, after.PaidThroughYear);
        Assert.Equal((Someone.Region, Someone.Category, Someone.BirthDate), (after.Region, after.Category, after.BirthDate));
    }

    [Fact]
    public async Task ResidentChangeCsv_ReadAsync_EmptyCellsChangeNothingAndDashClearsFlags()
    {
        const string csv = "resident_id,category,flags,paid_through_year\nR1,,-,2027\nR2,学生,,\nR3,学生\n";
        var rows = await ReadChangesAsync(csv);

        Assert.Equal(3, rows.Count);
        Assert.Equal(new ResidentChangeFields("R1", Flags: [], PaidThroughYear: "2027"), rows[0].Fields! with { Flags = [] });
        Assert.Empty(rows[0].Fields!.Flags!);
        Assert.Null(rows[1].Fields!.Flags);
        Assert.Equal("学生", rows[1].Fields!.Category);
        Assert.Equal((4, null), (rows[2].Row, rows[2].Fields));
        Assert.NotNull(rows[2].Problem);
    }

    [Fact]
    public async Task ResidentChangeCsv_ReadAsync_SameResidentTwice_RejectsTheLaterRowNamingBothRows()
    {
        const string csv = "resident_id,category\nR1,学生\nR2,学生\n\nR1,城镇居民\n";
        var rows = await ReadChangesAsync(csv);

        Assert.Equal([2, 3, 5], rows.Select(row => row.Row));
        Assert.Null(rows[0].Problem);
        Assert.Null(rows[1].Problem);
        Assert.Equal("column A (resident_id): 'R1' is also at row 2; put all changes to one resident in one row", rows[2].Problem);
    }

    [Fact]
    public async Task ResidentChangeCsv_ReadAsync_UnknownColumn_RejectsTheHeaderOnly()
    {
        var rows = await ReadChangesAsync("resident_id,nickname\nR1,x\n");

        var header = Assert.Single(rows);
        Assert.Equal((1, null), (header.Row, header.Fields));
        Assert.Equal("unknown column 'nickname'; expected " + ResidentChangeCsv.Header, header.Problem);
    }

    private static async Task<List<ResidentChangeCsvRow>> ReadChangesAsync(string csv)
    {
        var rows = new List<ResidentChangeCsvRow>();
        await foreach (var row in ResidentChangeCsv.ReadAsync(new StringReader(csv), CancellationToken.None))
        {
            rows.Add(row);
        }

        return rows;
    }
}
