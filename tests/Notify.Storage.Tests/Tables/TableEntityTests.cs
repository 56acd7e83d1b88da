using Notify.Storage.Tables;

namespace Notify.Storage.Tests.Tables;

public sealed class TableEntityTests
{
    [Fact]
    public void Indexer_UnsupportedType_ThrowsArgumentExceptionNamingTheProperty()
    {
        var entity = new TableEntity("p", "r");

        var error = Assert.Throws<ArgumentException>(() => entity["Amount"] = 280m);

        Assert.Contains("'Amount'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Decimal", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DateTimeKind.Local)]
    [InlineData(DateTimeKind.Unspecified)]
    public void Indexer_NonUtcDateTime_ThrowsArgumentException(DateTimeKind kind)
    {
        var entity = new TableEntity("p", "r");

        var error = Assert.Throws<ArgumentException>(() => entity["Due"] = new DateTime(2027, 2, 25, 0, 0, 0, kind));

        Assert.Contains("'Due'", error.Message, StringComparison.Ordinal);
        Assert.Contains("UTC", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indexer_UtcDateTime_IsStoredAsDateTimeOffset()
    {
        var entity = new TableEntity("p", "r") { ["Due"] = new DateTime(2027, 2, 25, 0, 0, 0, DateTimeKind.Utc) };

        Assert.Equal(new DateTimeOffset(2027, 2, 25, 0, 0, 0, TimeSpan.Zero), entity.GetDateTimeOffset("Due"));
    }

    [Fact]
    public void Indexer_SetNull_RemovesTheProperty()
    {
        var entity = new TableEntity("p", "r") { ["A"] = 1 };

        entity["A"] = null;

        Assert.Empty(entity.Properties);
        Assert.Null(entity["A"]);
    }

    [Theory]
    [InlineData("PartitionKey")]
    [InlineData("Timestamp")]
    [InlineData("has-hyphen")]
    [InlineData("1starts")]
    [InlineData("")]
    public void Indexer_InvalidOrReservedName_ThrowsArgumentException(string name)
    {
        var entity = new TableEntity("p", "r");

        Assert.ThrowsAny<ArgumentException>(() => entity[name] = 1);
    }

    [Fact]
    public void Indexer_SystemNames_ReadTheKeys()
    {
        var entity = new TableEntity("p", "r");

        Assert.Equal("p", entity["PartitionKey"]);
        Assert.Equal("r", entity["RowKey"]);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\tb")]
    [InlineData("a\u0085b")]
    public void Constructor_ForbiddenKeyCharacter_ThrowsArgumentException(string key)
    {
        var error = Assert.Throws<ArgumentException>(() => new TableEntity(key, "r"));

        Assert.Contains("PartitionKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_KeyLongerThanOneKibibyte_ThrowsArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => new TableEntity("p", new string('x', 1025)));

        Assert.Contains("1024", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ChineseKeysWithQuotesAndSpaces_AreAccepted()
    {
        var entity = new TableEntity("包头市 '民政局'", "");

        Assert.Equal("包头市 '民政局'", entity.PartitionKey);
    }

    [Fact]
    public void TypedGetters_AbsentProperty_ReturnNull()
    {
        var entity = new TableEntity("p", "r");

        Assert.Null(entity.GetString("x"));
        Assert.Null(entity.GetInt32("x"));
        Assert.Null(entity.GetInt64("x"));
        Assert.Null(entity.GetDouble("x"));
        Assert.Null(entity.GetBoolean("x"));
        Assert.Null(entity.GetDateTimeOffset("x"));
        Assert.Null(entity.GetGuid("x"));
        Assert.Null(entity.GetBinary("x"));
    }

    [Fact]
    public void TypedGetters_WideningConversions_AreAllowed()
    {
        var entity = new TableEntity("p", "r") { ["I"] = 5, ["L"] = 6L };

        Assert.Equal(5L, entity.GetInt64("I"));
        Assert.Equal(5.0, entity.GetDouble("I"));
        Assert.Equal(6.0, entity.GetDouble("L"));
    }

    [Fact]
    public void TypedGetters_WrongType_ThrowInvalidCastNamingTheProperty()
    {
        var entity = new TableEntity("p", "r") { ["S"] = "text" };

        var error = Assert.Throws<InvalidCastException>(() => entity.GetInt32("S"));

        Assert.Contains("'S'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indexer_MoreThan252Properties_ThrowsArgumentException()
    {
        var entity = new TableEntity("p", "r");
        for (var i = 0; i < TableEntity.MaxCustomProperties; i++)
        {
            entity[$"P{i}"] = i;
        }

        Assert.Throws<ArgumentException>(() => entity["OneTooMany"] = 1);
    }
}
