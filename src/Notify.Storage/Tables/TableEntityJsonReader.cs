using System.Globalization;
using System.Text.Json;
using Azure;

namespace Notify.Storage.Tables;

/// <summary>
/// Reads entities from <c>application/json;odata=minimalmetadata</c> responses with a forward-only
/// <see cref="Utf8JsonReader"/>: a query page (<c>{"value":[…]}</c>) or a single entity.
/// Type annotations may come before or after their value.
/// </summary>
internal static class TableEntityJsonReader
{
    private const DateTimeStyles UtcStyles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;

    public static List<TableEntity> ReadPage(ReadOnlySpan<byte> json)
    {
        var entities = new List<TableEntity>();
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("value"u8))
            {
                reader.Read();
                reader.Skip();
                continue;
            }

            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                entities.Add(ReadEntity(ref reader, null, null));
            }
        }

        return entities;
    }

    /// <summary>Reads a single entity; keys left out by a $select are taken from the request.</summary>
    public static TableEntity ReadSingle(ReadOnlySpan<byte> json, string partitionKey, string rowKey)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return ReadEntity(ref reader, partitionKey, rowKey);
    }

    private static TableEntity ReadEntity(ref Utf8JsonReader reader, string? knownPartitionKey, string? knownRowKey)
    {
        string? partitionKey = knownPartitionKey;
        string? rowKey = knownRowKey;
        ETag? etag = null;
        DateTimeOffset? timestamp = null;
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        Dictionary<string, string>? pendingTypes = null;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (name.EndsWith(EdmType.AnnotationSuffix, StringComparison.Ordinal))
            {
                var property = name[..^EdmType.AnnotationSuffix.Length];
                var edmType = reader.GetString()!;
                if (properties.TryGetValue(property, out var earlier))
                {
                    properties[property] = Convert(property, earlier, edmType);
                }
                else
                {
                    (pendingTypes ??= new(StringComparer.Ordinal))[property] = edmType;
                }

                continue;
            }

            switch (name)
            {
                case "odata.etag":
                    etag = new ETag(reader.GetString()!);
                    continue;
                case "PartitionKey":
                    partitionKey = reader.GetString();
                    continue;
                case "RowKey":
                    rowKey = reader.GetString();
                    continue;
                case "Timestamp":
                    timestamp = DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, UtcStyles);
                    continue;
            }

            if (name.StartsWith("odata.", StringComparison.Ordinal))
            {
                reader.Skip();
                continue;
            }

            var raw = ReadRaw(ref reader);
            if (raw is null)
            {
                continue;
            }

            properties[name] = pendingTypes is not null && pendingTypes.Remove(name, out var type)
                ? Convert(name, raw, type)
                : raw;
        }

        return new TableEntity(partitionKey ?? string.Empty, rowKey ?? string.Empty, properties, etag, timestamp);
    }

    private static object? ReadRaw(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Number:
                // Unannotated numbers are Int32 when written as integers ("2.0" is how doubles come back).
                if (reader.ValueSpan.IndexOfAny(".eE"u8) < 0 && reader.TryGetInt32(out var integer))
                {
                    return integer;
                }

                return reader.GetDouble();
            default:
                reader.Skip();
                return null;
        }
    }

    private static object? Convert(string name, object? raw, string edmType)
    {
        try
        {
            return (edmType, raw) switch
            {
                (EdmType.Int64, string text) => (object)long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                (EdmType.Int64, int number) => (long)number,
                (EdmType.Double, int number) => (double)number,
                (EdmType.Double, string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
                (EdmType.Int32, string text) => int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                (EdmType.DateTime, string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, UtcStyles),
                (EdmType.Guid, string text) => Guid.Parse(text, CultureInfo.InvariantCulture),
                (EdmType.Binary, string text) => System.Convert.FromBase64String(text),
                _ => raw,
            };
        }
        catch (FormatException exception)
        {
            throw new FormatException($"Table property '{name}' is annotated {edmType} but its value cannot be read as one.", exception);
        }
    }
}
