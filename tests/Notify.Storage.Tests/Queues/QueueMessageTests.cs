using System.Text;
using Notify.Storage.Queues;

namespace Notify.Storage.Tests.Queues;

public sealed class QueueMessageTests
{
    private static readonly DateTimeOffset Now = new(2027, 2, 25, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void DecodeText_Base64OfUtf8_ReturnsTheText()
    {
        var message = Message(Convert.ToBase64String(Encoding.UTF8.GetBytes("到期提醒")), QueueMessageEncoding.Base64);

        Assert.Equal("到期提醒", message.DecodeText());
    }

    [Fact]
    public void DecodeText_InvalidBase64_ThrowsFormatExceptionNamingTheMessage()
    {
        var message = Message("{\"not\":\"base64\"}", QueueMessageEncoding.Base64);

        var error = Assert.Throws<FormatException>(() => message.DecodeText());

        Assert.Contains("is not valid Base64", error.Message, StringComparison.Ordinal);
        Assert.Contains("m-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecodeText_Base64OfInvalidUtf8_ThrowsFormatException()
    {
        var message = Message(Convert.ToBase64String([0xff, 0xfe, 0xfd]), QueueMessageEncoding.Base64);

        Assert.Throws<FormatException>(() => message.DecodeText());
    }

    [Fact]
    public void DecodeText_NoneEncoding_ReturnsTextAsStored()
    {
        Assert.Equal("aGk=", Message("aGk=", QueueMessageEncoding.None).DecodeText());
    }

    private static QueueMessage Message(string text, QueueMessageEncoding encoding) =>
        new("m-1", "receipt", text, 1, Now, Now.AddDays(7), Now.AddSeconds(30), encoding);
}
