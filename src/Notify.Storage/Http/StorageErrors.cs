using System.Text.Json;
using System.Xml;
using Azure;

namespace Notify.Storage.Http;

/// <summary>Turns an error response into a <see cref="StorageRequestException"/> with the service's code and message.</summary>
internal static class StorageErrors
{
    public static StorageRequestException CreateException(Response response, StorageOperation operation)
    {
        var (code, serviceMessage) = Read(response);
        return new StorageRequestException(Describe(operation, response.Status, code, serviceMessage), response.Status, code);
    }

    public static string Describe(StorageOperation operation, int status, string? code, string? serviceMessage)
    {
        var text = $"{operation.Name} on {operation.Resource} failed with status {status}";
        if (code is not null)
        {
            text += $" ({code})";
        }

        return string.IsNullOrWhiteSpace(serviceMessage) ? text + "." : $"{text}: {Flatten(serviceMessage)}";
    }

    /// <summary>Reads the error code (header first, then body) and the service's message from an error response.</summary>
    public static (string? Code, string? Message) Read(Response response)
    {
        response.Headers.TryGetValue(StorageHeaders.ErrorCode, out var headerCode);
        var (bodyCode, message) = ReadBody(response);
        return (string.IsNullOrEmpty(headerCode) ? bodyCode : headerCode, message);
    }

    /// <summary>Parses an OData JSON error: <c>{"odata.error":{"code":"…","message":{"value":"…"}}}</c>.</summary>
    public static (string? Code, string? Message) ReadODataError(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            using var document = JsonDocument.ParseValue(ref reader);
            if (!document.RootElement.TryGetProperty("odata.error", out var error)
                && !document.RootElement.TryGetProperty("error", out error))
            {
                return (null, null);
            }

            var code = error.TryGetProperty("code", out var codeElement) ? codeElement.GetString() : null;
            string? message = null;
            if (error.TryGetProperty("message", out var messageElement))
            {
                message = messageElement.ValueKind == JsonValueKind.Object
                    && messageElement.TryGetProperty("value", out var value)
                        ? value.GetString()
                        : messageElement.ValueKind == JsonValueKind.String ? messageElement.GetString() : null;
            }

            return (code, message);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static (string? Code, string? Message) ReadBody(Response response)
    {
        var content = response.Content;
        if (content is null || content.ToMemory().IsEmpty)
        {
            return (null, null);
        }

        var bytes = content.ToMemory().Span;
        var first = FirstNonWhitespace(bytes);
        return first switch
        {
            (byte)'{' => ReadODataError(bytes),
            (byte)'<' => ReadXmlError(content),
            _ => (null, null),
        };
    }

    private static (string? Code, string? Message) ReadXmlError(BinaryData content)
    {
        string? code = null;
        string? message = null;
        try
        {
            using var reader = XmlReader.Create(content.ToStream(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            reader.MoveToContent();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Code")
                {
                    code = reader.ReadElementContentAsString();
                }
                else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Message")
                {
                    message = reader.ReadElementContentAsString();
                }
                else
                {
                    reader.Read();
                }
            }
        }
        catch (XmlException)
        {
            // A half-readable body still yields whatever was read before the fault.
        }

        return (code, message);
    }

    private static byte FirstNonWhitespace(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or 0xEF or 0xBB or 0xBF))
            {
                return b;
            }
        }

        return 0;
    }

    private static string Flatten(string message) =>
        message.Trim().ReplaceLineEndings(" ");
}
