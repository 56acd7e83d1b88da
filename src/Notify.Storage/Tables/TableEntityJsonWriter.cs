using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Notify.Storage.Tables;

/// <summary>
/// Writes an entity as OData JSON with <c>@odata.type</c> annotations for Int64, Double, DateTime, Guid and Binary
/// (Int32, String and Boolean are what plain JSON values already mean).
/// </summary>
internal static class TableEntityJsonWriter
{
    public const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    // Keeps Chinese text as UTF-8 instead of \uXXXX escapes (half the bytes); the body is never embedded in HTML.
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonEncodedText PartitionKeyName = JsonEncodedText.Encode("PartitionKey");
    private static readonly JsonEncodedText RowKeyName = JsonEncodedText.Encode("RowKey");

    public static ReadOnlyMemory<byte> Serialize(TableEntity entity)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Write(buffer, entity);
        return buffer.WrittenMemory;
    }

    public static void Write(IBufferWriter<byte> buffer, TableEntity entity)
    {
        using var writer = new Utf8JsonWriter(buffer, Options);
        writer.WriteStartObject();
        writer.WriteString(PartitionKeyName, entity.PartitionKey);
        writer.WriteString(RowKeyName, entity.RowKey);
        foreach (var (name, value) in entity.Properties)
        {
            WriteProperty(writer, name, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteProperty(Utf8JsonWriter writer, string name, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case string text:
                writer.WriteString(name, text);
                break;
            case int number:
                writer.WriteNumber(name, number);
                break;
            case bool flag:
                writer.WriteBoolean(name, flag);
                break;
            case long number:
                WriteAnnotation(writer, name, EdmType.Int64Text);
                writer.WriteString(name, number.ToString(CultureInfo.InvariantCulture));
                break;
            case double number:
                WriteAnnotation(writer, name, EdmType.DoubleText);
                if (double.IsFinite(number))
                {
                    writer.WriteNumber(name, number);
                }
                else
                {
                    writer.WriteString(name, double.IsNaN(number) ? "NaN" : number > 0 ? "Infinity" : "-Infinity");
                }

                break;
            case DateTimeOffset time:
                WriteAnnotation(writer, name, EdmType.DateTimeText);
                Span<char> formatted = stackalloc char[28];
                time.UtcDateTime.TryFormat(formatted, out var length, DateTimeFormat, CultureInfo.InvariantCulture);
                writer.WriteString(name, formatted[..length]);
                break;
            case Guid guid:
                WriteAnnotation(writer, name, EdmType.GuidText);
                writer.WriteString(name, guid);
                break;
            case byte[] bytes:
                WriteAnnotation(writer, name, EdmType.BinaryText);
                writer.WriteBase64String(name, bytes);
                break;
            default:
                throw new ArgumentException($"Property '{name}' has type {value.GetType().Name}, which a table cannot store.", nameof(value));
        }
    }

    private static void WriteAnnotation(Utf8JsonWriter writer, string name, JsonEncodedText edmType)
    {
        // Property names are at most 255 characters, so the annotated name fits on the stack.
        Span<char> annotated = stackalloc char[name.Length + EdmType.AnnotationSuffix.Length];
        name.AsSpan().CopyTo(annotated);
        EdmType.AnnotationSuffix.AsSpan().CopyTo(annotated[name.Length..]);
        writer.WriteString(annotated, edmType);
    }
}
