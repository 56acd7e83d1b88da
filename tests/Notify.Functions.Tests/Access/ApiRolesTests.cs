using Notify.Functions.Access;

namespace Notify.Functions.Tests.Access;

public sealed class ApiRolesTests
{
    [Fact]
    public void Parse_CommaList_IgnoresCaseSpacesAndDuplicates()
    {
        Assert.Equal([ApiRole.Editor, ApiRole.Approver], ApiRoles.Parse(" Editor, approver ,editor"));
    }

    [Theory]
    [InlineData("admin", "'admin' is not a role")]
    [InlineData("1", "'1' is not a role")]
    [InlineData(" , ", "at least one role")]
    public void Parse_Invalid_SaysWhatIsWrong(string input, string expected)
    {
        var exception = Assert.Throws<FormatException>(() => ApiRoles.Parse(input));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_GeneratedKey_ParsesBackToItsParts()
    {
        var (id, secret, key) = ApiKeyFormat.Generate();

        Assert.True(ApiKeyFormat.TryParse(key, out var parsedId, out var parsedSecret));
        Assert.Equal((id, secret), (parsedId, parsedSecret));
        Assert.True(ApiKeyFormat.Matches(secret, ApiKeyFormat.Hash(secret)));
        Assert.False(ApiKeyFormat.Matches(secret + "x", ApiKeyFormat.Hash(secret)));
    }
}
