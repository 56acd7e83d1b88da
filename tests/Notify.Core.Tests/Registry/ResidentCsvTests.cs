using System.Text;
using Notify.Core.Csv;
using Notify.Core.Registry;
using Notify.Testing;

namespace Notify.Core.Tests.Registry;

public sealed class ResidentCsvTests
{
    // 2026-07-01 00:30 in Asia/Shanghai, still 2026-06-30 in UTC.
    private static readonly ManualTimeProvider Clock = new(new DateTimeOffset(2026, 6, 30, 16, 30, 0, TimeSpan.Zero));

    private const string ValidRow =
        "R1,王芳,13800000000,oAbc123_-xyz,wang@example.com,baotou.kundulun,1960-03-15,城镇居民,特困;独居,2026,zh,wechat;sms,sms:in;wechat:out";

    private static ResidentCsv Csv() => new(Clock);

    private static async Task<List<ResidentCsvRow>> ReadAllAsync(string text)
    {
        var rows = new List<ResidentCsvRow>();
        await foreach (var row in Csv().ReadAsync(new StringReader(text), CancellationToken.None))
        {
            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public async Task ReadAsync_ValidRow_ParsesEveryField()
    {
        var rows = await ReadAllAsync(ResidentCsv.Header + "\n" + ValidRow + "\n");

        var resident = Assert.Single(rows).Resident;
        Assert.NotNull(resident);
        Assert.Equal(
            new Resident(
                "R1", "王芳", "+8613800000000", "oAbc123_-xyz", "wang@example.com", "baotou.kundulun", new DateOnly(1960, 3, 15),
                "城镇居民", new HashSet<string> { "特困", "独居" }, 2026, "zh", ["wechat", "sms"],
                new Dictionary<string, bool> { ["sms"] = true, ["wechat"] = false }),
            resident);
        Assert.Equal(2, rows[0].Row);
    }

    [Fact]
    public async Task ReadAsync_GeneratedResidents_RoundTripsUnchanged()
    {
        var generated = new ResidentGenerator(7, new DateOnly(2026, 6, 1)).Generate(2_000).ToList();
        var writer = new StringWriter();
        ResidentCsv.Write(writer, generated, CancellationToken.None);

        var rows = await ReadAllAsync(writer.ToString());

        Assert.All(rows, row => Assert.Empty(row.Errors));
        Assert.Equal(generated, rows.Select(row => row.Resident!));
    }

    [Theory]
    [InlineData("phone", "12345", "is not a mainland mobile number (+86 and 11 digits starting with 1)")]
    [InlineData("phone", "+8612800000000", "is not a mainland mobile number (+86 and 11 digits starting with 1)")]
    [InlineData("wechat_openid", "bad id!", "must be 6 to 64 letters, digits, '-' or '_'")]
    [InlineData("email", "not-an-email", "is not an email address")]
    [InlineData("region", "baotou.nowhere", "'baotou.nowhere' is not a known region code")]
    [InlineData("region", "", "is required")]
    [InlineData("birth_date", "15/03/1960", "'15/03/1960' is not a date in YYYY-MM-DD form")]
    [InlineData("birth_date", "2026-07-02", "'2026-07-02' is in the future")]
    [InlineData("birth_date", "1899-12-31", "'1899-12-31' is before 1900")]
    [InlineData("category", "退休", "'退休' is not one of 城镇居民, 农牧民, 在校学生, 学龄前儿童, 职工")]
    [InlineData("flags", "特困;富裕", "'富裕' is not a known flag")]
    [InlineData("paid_through_year", "20x6", "'20x6' is not a year between 1990 and 2027")]
    [InlineData("language", "en", "'en' is not zh or mn")]
    [InlineData("channels", "sms;fax", "'fax' is not sms, wechat or email")]
    [InlineData("channels", "sms;sms", "'sms' is listed twice")]
    [InlineData("consent", "sms:yes", "'sms:yes' is not channel:in or channel:out (channels sms, wechat, email)")]
    [InlineData("consent", "sms:in;sms:out", "'sms' is given twice")]
    [InlineData("id", "", "is required")]
    [InlineData("name", "", "is required")]
    public async Task ReadAsync_InvalidField_ReportsRowFieldAndReason(string field, string value, string message)
    {
        var bad = WithField(WithField(ValidRow, "id", "R2"), field, value);

        var rows = await ReadAllAsync($"{ResidentCsv.Header}\n{ValidRow}\n{bad}\n{WithField(ValidRow, "id", "R3")}\n");

        Assert.Equal([true, false, true], rows.Select(row => row.IsValid));
        var error = Assert.Single(rows[1].Errors);
        Assert.Equal(new CsvError(3, field, message, Letter(field)), error);
        Assert.Equal($"row 3, column {Letter(field)} ({field}): {message}", error.ToString());
    }

    [Fact]
    public async Task ReadAsync_PreferredChannelWithoutContact_ReportsChannels()
    {
        var bad = WithField(WithField(ValidRow, "wechat_openid", ""), "email", "");
        bad = WithField(bad, "channels", "wechat;email");

        var rows = await ReadAllAsync($"{ResidentCsv.Header}\n{bad}\n");

        Assert.Equal(
            ["row 2, column L (channels): 'wechat' is preferred but wechat_openid is empty", "row 2, column L (channels): 'email' is preferred but email is empty"],
            rows[0].Errors.Select(error => error.ToString()));
    }

    [Fact]
    public async Task ReadAsync_SeveralBadFields_ReportsEachOnce()
    {
        var bad = WithField(WithField(ValidRow, "phone", "1"), "category", "x");

        var rows = await ReadAllAsync($"{ResidentCsv.Header}\n{bad}\n");

        Assert.Equal(["phone", "category"], rows[0].Errors.Select(error => error.Field));
    }

    [Fact]
    public async Task ReadAsync_PhoneError_DoesNotEchoThePhone()
    {
        var rows = await ReadAllAsync($"{ResidentCsv.Header}\n{WithField(ValidRow, "phone", "1234567")}\n");

        Assert.DoesNotContain("1234567", rows[0].Errors[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_WrongFieldCount_ReportsColumns()
    {
        var rows = await ReadAllAsync($"{ResidentCsv.Header}\nR1,王芳\n");

        Assert.Equal("row 2, columns: expected 13 fields, found 2", Assert.Single(Assert.Single(rows).Errors).ToString());
    }

    [Fact]
    public async Task ReadAsync_UnclosedQuote_ReportsQuote()
    {
        var rows = await ReadAllAsync($"{ResidentCsv.Header}\n{ValidRow}\n\"R2,王芳\n");

        Assert.Equal("quote", Assert.Single(rows[1].Errors).Field);
        Assert.Equal(3, rows[1].Row);
    }

    [Fact]
    public async Task ReadAsync_UnknownAndMissingHeaderColumns_ReportsRowOneAndStops()
    {
        var rows = await ReadAllAsync("id,name,nickname,birth_date,category\nR1,王芳,x,1960-01-01,职工\n");

        var row = Assert.Single(rows);
        Assert.Equal(1, row.Row);
        Assert.Equal(
            ["row 1, header: unknown column 'nickname'; expected " + ResidentCsv.Header, "row 1, header: required column 'region' is missing"],
            row.Errors.Select(error => error.ToString()));
    }

    [Fact]
    public async Task ReadAsync_ColumnsInOtherOrderOptionalOmitted_Parses()
    {
        var rows = await ReadAllAsync("region,birth_date,category,name,id\njalaid.yinder,1955-02-01,农牧民,巴特尔,J9\n");

        var resident = Assert.Single(rows).Resident!;
        Assert.Equal(("J9", "jalaid.yinder", "zh", (string?)null), (resident.Id, resident.Region, resident.Language, resident.Phone));
        Assert.Empty(resident.ChannelPreference);
    }

    [Fact]
    public async Task ReadAsync_QuotedCommasQuotesAndNewlines_KeepsThemInTheField()
    {
        // Flags first: WithField splits on commas, and the quoted name holds one.
        var row = WithField(WithField(ValidRow, "flags", "\"特困;\n独居\""), "name", "\"王,\"\"芳\"\"\"");

        var rows = await ReadAllAsync($"{ResidentCsv.Header}\r\n{row}\r\n{WithField(ValidRow, "id", "R2")}\r\n");

        Assert.Equal("王,\"芳\"", rows[0].Resident!.Name);
        Assert.True(rows[0].Resident!.Flags.SetEquals(["特困", "独居"]));
        // Rows count records, not physical lines.
        Assert.Equal([2, 3], rows.Select(r => r.Row));
    }

    [Fact]
    public async Task Write_NameNeedingQuotes_RoundTrips()
    {
        var resident = (await ReadAllAsync($"{ResidentCsv.Header}\n{ValidRow}\n"))[0].Resident! with { Name = "a,\"b\"", Flags = new HashSet<string> { "特困" } };
        var writer = new StringWriter();
        ResidentCsv.Write(writer, [resident], CancellationToken.None);

        var rows = await ReadAllAsync(writer.ToString());

        Assert.Equal(resident, rows[0].Resident);
    }

    [Fact]
    public async Task ReadAsync_NameWithLineBreak_IsRejected()
    {
        var rows = await ReadAllAsync($"{ResidentCsv.Header}\n{WithField(ValidRow, "name", "\"王\n芳\"")}\n");

        Assert.Equal("row 2, column B (name): must be at most 64 printable characters", Assert.Single(rows[0].Errors).ToString());
    }

    [Fact]
    public async Task ReadAsync_FlagsSeparatedByIdeographicComma_Parses()
    {
        var rows = await ReadAllAsync($"{ResidentCsv.Header}\n{WithField(ValidRow, "flags", "失能、 低保 ;重度残疾")}\n");

        Assert.True(rows[0].Resident!.Flags.SetEquals(["失能", "低保", "重度残疾"]));
    }

    [Fact]
    public async Task ReadAsync_BirthDateTodayInShanghai_IsAccepted()
    {
        var rows = await ReadAllAsync($"{ResidentCsv.Header}\n{WithField(ValidRow, "birth_date", "2026-07-01")}\n");

        Assert.True(rows[0].IsValid);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadAsync_Utf8WithOrWithoutBom_ReadsTheSameRows(bool bom)
    {
        var bytes = new UTF8Encoding(bom).GetPreamble().Concat(Encoding.UTF8.GetBytes($"{ResidentCsv.Header}\n{ValidRow}\n")).ToArray();
        var rows = new List<ResidentCsvRow>();

        await foreach (var row in Csv().ReadAsync(new StreamReader(new MemoryStream(bytes), Encoding.UTF8), CancellationToken.None))
        {
            rows.Add(row);
        }

        Assert.Equal("R1", Assert.Single(rows).Resident!.Id);
    }

    [Fact]
    public async Task ReadAsync_BomCharacterLeftInText_IsSkipped()
    {
        var rows = await ReadAllAsync($"\uFEFF{ResidentCsv.Header}\n{ValidRow}");

        Assert.True(Assert.Single(rows).IsValid);
    }

    [Fact]
    public async Task ReadAsync_BlankLines_AreSkippedButCounted()
    {
        var rows = await ReadAllAsync($"{ResidentCsv.Header}\n\n{ValidRow}\n");

        Assert.Equal(3, Assert.Single(rows).Row);
    }

    [Theory]
    [InlineData("id", "=1+1", "A")]
    [InlineData("name", "=HYPERLINK(\"http://example.com\")", "B")]
    [InlineData("name", "+王芳", "B")]
    [InlineData("name", "-王芳", "B")]
    [InlineData("name", "@王芳", "B")]
    public async Task ReadAsync_FormulaLeadingCell_RejectsTheRowNamingRowAndColumn(string field, string value, string column)
    {
        var rows = await ReadAllAsync($"{ResidentCsv.Header}\n{ValidRow}\n{WithField(WithField(ValidRow, "id", "R2"), field, CsvQuoted(value))}\n");

        Assert.True(rows[0].IsValid);
        var error = Assert.Single(rows[1].Errors);
        Assert.Equal($"row 3, column {column} ({field}): must not start with =, +, - or @ (a spreadsheet would run it as a formula)", error.ToString());
    }

    [Fact]
    public async Task Write_ResidentWithFormulaLikeOpenId_ReadsBackUnchanged()
    {
        var resident = (await ReadAllAsync($"{ResidentCsv.Header}\n{ValidRow}\n"))[0].Resident! with { WeChatOpenId = "-abc123_x" };
        var writer = new StringWriter();

        ResidentCsv.Write(writer, [resident], CancellationToken.None);

        Assert.Contains(",'-abc123_x,", writer.ToString(), StringComparison.Ordinal);
        Assert.Equal(resident, Assert.Single(await ReadAllAsync(writer.ToString())).Resident);
    }

    [Fact]
    public async Task ReadAsync_FiftyThousandGeneratedRowsFromAFile_StreamsThemAll()
    {
        var path = Path.GetTempFileName();
        try
        {
            await using (var writer = new StreamWriter(path, false, new UTF8Encoding(true)))
            {
                ResidentCsv.Write(writer, new ResidentGenerator(11, new DateOnly(2026, 6, 1)).Generate(50_000), CancellationToken.None);
            }

            var (valid, invalid, lastRow) = (0, 0, 0);
            using var reader = new StreamReader(path);
            await foreach (var row in Csv().ReadAsync(reader, CancellationToken.None))
            {
                (valid, invalid, lastRow) = row.IsValid ? (valid + 1, invalid, row.Row) : (valid, invalid + 1, row.Row);
            }

            Assert.Equal((50_000, 0, 50_001), (valid, invalid, lastRow));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ReadAsync_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in Csv().ReadAsync(new StringReader(ResidentCsv.Header), cancellation.Token))
            {
            }
        });
    }

    [Fact]
    public async Task ReadAsync_SameIdTwice_RejectsTheLaterRowNamingBothRows()
    {
        var rows = await ReadAllAsync($"{ResidentCsv.Header}\n{ValidRow}\n{WithField(ValidRow, "id", "R2")}\n{WithField(ValidRow, "name", "李四")}\n");

        Assert.Equal([true, true, false], rows.Select(row => row.IsValid));
        Assert.Equal("row 4, column A (id): 'R1' is also at row 2; each resident must appear once", Assert.Single(rows[2].Errors).ToString());
    }

    private static string Letter(string field) => ((char)('A' + ResidentCsv.Columns.ToList().IndexOf(field))).ToString();

    private static string CsvQuoted(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string WithField(string row, string field, string value)
    {
        var fields = row.Split(',');
        fields[ResidentCsv.Columns.ToList().IndexOf(field)] = value;
        return string.Join(',', fields);
    }
}
