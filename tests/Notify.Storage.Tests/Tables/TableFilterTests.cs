using Notify.Storage.Tables;

namespace Notify.Storage.Tests.Tables;

public sealed class TableFilterTests
{
    [Fact]
    public void Create_String_QuotesAndDoublesSingleQuotes()
    {
        var unit = "市X局、Y局 'joint'";

        Assert.Equal("Unit eq '市X局、Y局 ''joint'''", TableFilter.Create($"Unit eq {unit}"));
    }

    [Fact]
    public void Create_DateTimeOffset_RendersUtcDatetimeLiteral()
    {
        var due = new DateTimeOffset(2027, 2, 25, 8, 0, 0, TimeSpan.FromHours(8));

        Assert.Equal("Due lt datetime'2027-02-25T00:00:00.0000000Z'", TableFilter.Create($"Due lt {due}"));
    }

    [Fact]
    public void Create_UtcDateTime_RendersDatetimeLiteral()
    {
        var due = new DateTime(2027, 2, 25, 0, 0, 0, DateTimeKind.Utc);

        Assert.Equal("Due ge datetime'2027-02-25T00:00:00.0000000Z'", TableFilter.Create($"Due ge {due}"));
    }

    [Fact]
    public void Create_LocalDateTime_ThrowsArgumentException()
    {
        var local = new DateTime(2027, 2, 25, 0, 0, 0, DateTimeKind.Local);

        Assert.Throws<ArgumentException>(() => TableFilter.Create($"Due ge {local}"));
    }

    [Fact]
    public void Create_ScalarTypes_RenderODataLiterals()
    {
        var id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

        var filter = TableFilter.Create(
            $"Id eq {id} and Big eq {9007199254740993L} and Count eq {280} and Rate eq {0.5} and Whole eq {2.0} and Ok eq {true} and No eq {false} and Raw eq {new byte[] { 0x0a, 0xff }}");

        Assert.Equal(
            "Id eq guid'0f8fad5b-d9cb-469f-a165-70867728950e' and Big eq 9007199254740993L and Count eq 280 and Rate eq 0.5 and Whole eq 2.0 and Ok eq true and No eq false and Raw eq X'0aff'",
            filter);
    }

    [Fact]
    public void Create_DoubleUnderAnotherCulture_UsesInvariantDecimalPoint()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            Assert.Equal("Rate eq 0.25", TableFilter.Create($"Rate eq {0.25}"));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Create_NullOrUnsupportedValue_ThrowsArgumentException()
    {
        string? missing = null;

        Assert.Throws<ArgumentException>(() => TableFilter.Create($"Unit eq {missing}"));
        Assert.Throws<ArgumentException>(() => TableFilter.Create($"Amount eq {280m}"));
    }
}
