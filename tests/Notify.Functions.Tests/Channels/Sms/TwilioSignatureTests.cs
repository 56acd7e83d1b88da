using Notify.Functions.Receipts.Twilio;

namespace Notify.Functions.Tests.Channels.Sms;

public sealed class TwilioSignatureTests
{
    // The worked example in Twilio's "Webhooks security" guide (auth token 12345).
    private const string DocsUrl = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private const string DocsSignature = "0/KCTR6DLpKmkAf8muzZqo1nDgQ=";

    private static readonly KeyValuePair<string, string>[] DocsParameters =
    [
        new("To", "+18005551212"),
        new("CallSid", "CA1234567890ABCDE"),
        new("Digits", "1234"),
        new("From", "+12349013030"),
        new("Caller", "+12349013030"),
    ];

    [Fact]
    public void Compute_TwilioDocsExample_MatchesPublishedSignature()
    {
        Assert.Equal(DocsSignature, TwilioSignature.Compute("12345", DocsUrl, DocsParameters));
    }

    [Fact]
    public void IsValid_TwilioDocsExample_True()
    {
        Assert.True(TwilioSignature.IsValid("12345", DocsUrl, DocsParameters, DocsSignature));
    }

    [Fact]
    public void IsValid_TamperedParameter_False()
    {
        KeyValuePair<string, string>[] tampered = [.. DocsParameters[..2], new("Digits", "9999"), .. DocsParameters[3..]];

        Assert.False(TwilioSignature.IsValid("12345", DocsUrl, tampered, DocsSignature));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("0/KCTR6DLpKmkAf8muzZqo1nDgQ")]
    public void IsValid_MissingOrTruncatedSignature_False(string? signature)
    {
        Assert.False(TwilioSignature.IsValid("12345", DocsUrl, DocsParameters, signature));
    }

    [Fact]
    public void IsValid_OtherTokenOrUrl_False()
    {
        Assert.False(TwilioSignature.IsValid("54321", DocsUrl, DocsParameters, DocsSignature));
        Assert.False(TwilioSignature.IsValid("12345", "https://mycompany.com/myapp.php?foo=1&bar=3", DocsParameters, DocsSignature));
    }

    [Fact]
    public void IsValid_SignedWithDefaultPort_AcceptedWithoutIt()
    {
        var signature = TwilioSignature.Compute("12345", "https://mycompany.com:443/myapp.php?foo=1&bar=2", DocsParameters);

        Assert.True(TwilioSignature.IsValid("12345", DocsUrl, DocsParameters, signature));
    }

    [Fact]
    public void IsValid_SignedWithoutDefaultPort_AcceptedWithIt()
    {
        Assert.True(TwilioSignature.IsValid("12345", "https://mycompany.com:443/myapp.php?foo=1&bar=2", DocsParameters, DocsSignature));
    }

    [Fact]
    public void Compute_RepeatedNames_AppendsEachValueInOrder()
    {
        KeyValuePair<string, string>[] parameters = [new("b", "2"), new("a", "1"), new("a", "3")];

        Assert.Equal(TwilioSignature.Compute("t", "https://x.example/ya1a3b2", []), TwilioSignature.Compute("t", "https://x.example/y", parameters));
    }
}
