using Notify.Core.Units;

namespace Notify.Core.Tests.Units;

public sealed class UnitContactCsvTests
{
    private static async Task<List<UnitContactCsvRow>> ReadAsync(string csv)
    {
        var rows = new List<UnitContactCsvRow>();
        await foreach (var row in new UnitContactCsv(UnitDirectory.LoadDefault()).ReadAsync(new StringReader(csv), CancellationToken.None))
        {
            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public async Task ReadAsync_ValidRow_SplitsValuesAndNormalisesPhones()
    {
        var rows = await ReadAsync("unit_id,wecom_user_ids,phones,emails\nbaotou.civil-affairs,zhang.san; li-si ,138 0000 0000;+8613900000000,mz@baotou.example\n");

        var row = Assert.Single(rows);
        Assert.True(row.IsValid);
        Assert.Equal(2, row.Row);
        Assert.Equal("包头市民政局", row.Unit!.Name);
        Assert.Equal(["zhang.san", "li-si"], row.Values!.WeComUserIds);
        Assert.Equal(["+8613800000000", "+8613900000000"], row.Values.Phones);
        Assert.Equal(["mz@baotou.example"], row.Values.Emails);
    }

    [Fact]
    public async Task ReadAsync_UnknownUnitAndBadValues_ReportsEachRowWithoutEchoingContacts()
    {
        var rows = await ReadAsync(
            "unit_id,phones,emails\n"
            + "baotou.nowhere,13800000000,\n"
            + "baotou.civil-affairs,12345,\n"
            + "baotou.education,,not-an-email\n"
            + "baotou.education,13800000000\n");

        Assert.Equal([2, 3, 4, 5], rows.Select(row => row.Row));
        Assert.All(rows, row => Assert.False(row.IsValid));
        Assert.Contains(rows[0].Errors, error => error is { Row: 2, Field: "unit_id" } && error.Message.Contains("baotou.nowhere", StringComparison.Ordinal));
        Assert.Contains(rows[1].Errors, error => error is { Row: 3, Field: "phones" });
        Assert.Contains(rows[2].Errors, error => error is { Row: 4, Field: "emails" });
        Assert.Contains(rows[3].Errors, error => error is { Row: 5, Field: "columns" });
        Assert.DoesNotContain(rows.SelectMany(row => row.Errors), error => error.Message.Contains("12345", StringComparison.Ordinal) || error.Message.Contains("not-an-email", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_HeaderWithoutUnitId_RejectsTheFileAtRowOne()
    {
        var rows = await ReadAsync("phones,emails,fax\n13800000000,,\n");

        var row = Assert.Single(rows);
        Assert.Equal(1, row.Row);
        Assert.Contains(row.Errors, error => error.Message.Contains("'unit_id' is missing", StringComparison.Ordinal));
        Assert.Contains(row.Errors, error => error.Message.Contains("'fax'", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_TooManyValues_FailsTheField()
    {
        var errors = new List<string>();
        var phones = Enumerable.Range(0, UnitContactValidator.MaxValuesPerField + 1).Select(i => $"+86138000{i:D5}");

        UnitContactValidator.Validate([], phones, [], (field, message) => errors.Add(field + ": " + message));

        Assert.Equal(["phones: holds 21 values; at most 20 are allowed"], errors);
    }

    [Fact]
    public async Task Write_ThenRead_RoundTrips()
    {
        var values = new UnitContactValues(["u-1"], ["+8619800000001"], ["a@b.example"]);
        var writer = new StringWriter();
        UnitContactCsv.Write(writer, [("baotou.education", values)]);

        var row = Assert.Single(await ReadAsync(writer.ToString()));

        Assert.True(row.IsValid);
        Assert.Equal(values.Phones, row.Values!.Phones);
    }
}
