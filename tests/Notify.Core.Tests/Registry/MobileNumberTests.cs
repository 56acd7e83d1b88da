using Notify.Core.Registry;

namespace Notify.Core.Tests.Registry;

public sealed class MobileNumberTests
{
    [Theory]
    [InlineData("13800000000")]
    [InlineData("+8613800000000")]
    [InlineData("86 13800000000")]
    [InlineData("8613800000000")]
    [InlineData(" +86 138-0000-0000 ")]
    public void Normalize_AcceptedForms_ReturnE164(string text) =>
        Assert.Equal("+8613800000000", MobileNumber.Normalize(text));

    [Theory]
    [InlineData("12345")]
    [InlineData("12800000000")]
    [InlineData("23800000000")]
    [InlineData("+13800000000")]
    [InlineData("+4413800000000")]
    [InlineData("1380000000a")]
    [InlineData("138000000001")]
    [InlineData("")]
    public void Normalize_NotAMainlandMobile_ReturnsNull(string text) =>
        Assert.Null(MobileNumber.Normalize(text));
}
