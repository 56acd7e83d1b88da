using System.Text;

namespace Notify.Storage.Queues;

/// <summary>Encoding of message payloads and the XML request body that carries them.</summary>
internal static class QueueMessageText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Encode(string text, QueueMessageEncoding encoding) => encoding switch
    {
        QueueMessageEncoding.Base64 => Convert.ToBase64String(StrictUtf8.GetBytes(text)),
        QueueMessageEncoding.None => text,
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Unknown queue message encoding."),
    };

    public static string Decode(string messageText, QueueMessageEncoding encoding, string messageId)
    {
        if (encoding == QueueMessageEncoding.None)
        {
            return messageText;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(messageText);
        }
        catch (FormatException exception)
        {
            throw new FormatException(
                $"Queue message {messageId} is not valid Base64; was it written with messageEncoding 'none'?", exception);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException exception)
        {
            throw new FormatException($"Queue message {messageId} is valid Base64 but not UTF-8 text.", exception);
        }
    }

    /// <summary>
    /// <c>&lt;QueueMessage&gt;&lt;MessageText&gt;…&lt;/MessageText&gt;&lt;/QueueMessage&gt;</c> as UTF-8.
    /// Carriage returns are written as character references so the XML parser does not normalise them away.
    /// </summary>
    public static ReadOnlyMemory<byte> CreateXmlBody(string messageText)
    {
        var builder = new StringBuilder(messageText.Length + 64);
        builder.Append("<QueueMessage><MessageText>");
        for (var i = 0; i < messageText.Length; i++)
        {
            var c = messageText[i];
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '\r':
                    builder.Append("&#xD;");
                    break;
                case '\t' or '\n':
                    builder.Append(c);
                    break;
                case < ' ' or '\uFFFE' or '\uFFFF':
                    throw InvalidXmlCharacter(c);
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < messageText.Length && char.IsLowSurrogate(messageText[i + 1]))
                    {
                        builder.Append(c).Append(messageText[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        throw InvalidXmlCharacter(c);
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append("</MessageText></QueueMessage>");
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    private static ArgumentException InvalidXmlCharacter(char c) =>
        new($"The message text contains U+{(int)c:X4}, which XML cannot carry; send it with QueueMessageEncoding.Base64.");
}
