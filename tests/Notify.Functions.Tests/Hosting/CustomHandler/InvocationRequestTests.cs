using System.Text;
using Notify.Functions.Hosting.CustomHandler;

namespace Notify.Functions.Tests.Hosting.CustomHandler;

public sealed class InvocationRequestTests
{
    [Fact]
    public async Task ReadBindingAsText_DoubleEncodedString_RemovesTheHostsExtraQuotes()
    {
        // The host serializes string trigger data once more: the value is a JSON string holding a quoted string.
        var invocation = await ReadAsync("""{ "Data": { "message": "\"{\\\"policyId\\\":\\\"abc\\\"}\"" }, "Metadata": {} }""");

        Assert.Equal("""{"policyId":"abc"}""", invocation.ReadBindingAsText("message"));
    }

    [Fact]
    public async Task ReadBindingAsText_PlainString_IsReturnedAsIs()
    {
        var invocation = await ReadAsync("""{ "Data": { "message": "{\"policyId\":\"abc\"}" } }""");

        Assert.Equal("""{"policyId":"abc"}""", invocation.ReadBindingAsText("message"));
    }

    [Fact]
    public async Task ReadBindingAsText_ObjectValue_IsReturnedAsJsonText()
    {
        var invocation = await ReadAsync("""{ "data": { "Message": { "policyId": "abc" } } }""");

        Assert.Equal("""{ "policyId": "abc" }""", invocation.ReadBindingAsText("message"));
    }

    [Theory]
    [InlineData("not json", "not JSON")]
    [InlineData("""{ "Metadata": {} }""", "no \"Data\" object")]
    [InlineData("""{ "Data": "x" }""", "no \"Data\" object")]
    public async Task ReadAsync_MalformedBody_Throws(string body, string expected)
    {
        var exception = await Assert.ThrowsAsync<FormatException>(() => ReadAsync(body));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadBindingAsText_MissingBinding_NamesIt()
    {
        var invocation = await ReadAsync("""{ "Data": {} }""");

        var exception = Assert.Throws<FormatException>(() => invocation.ReadBindingAsText("message"));
        Assert.Contains("Data.message", exception.Message, StringComparison.Ordinal);
    }

    private static Task<InvocationRequest> ReadAsync(string json) =>
        InvocationRequest.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), CancellationToken.None);
}
