using Azure;

namespace Notify.Storage.Tables;

/// <summary>
/// A table row: keys, the ETag/Timestamp the service returned, and typed properties. Values may be string, int,
/// long, double, bool, DateTimeOffset, UTC DateTime (stored as DateTimeOffset), Guid or byte[]; setting null removes
/// the property.
/// </summary>
public sealed class TableEntity
{
    public const int MaxCustomProperties = 252;
    public const int MaxPropertyNameLength = 255;

    private readonly Dictionary<string, object?> _properties;
    private string _partitionKey;
    private string _rowKey;

    public TableEntity(string partitionKey, string rowKey)
    {
        TableKeys.Validate(partitionKey, nameof(PartitionKey));
        TableKeys.Validate(rowKey, nameof(RowKey));
        _partitionKey = partitionKey;
        _rowKey = rowKey;
        _properties = new Dictionary<string, object?>(StringComparer.Ordinal);
    }

    /// <summary>Built from a service response: keys and values are trusted, the dictionary is taken over.</summary>
    internal TableEntity(string partitionKey, string rowKey, Dictionary<string, object?> properties, ETag? etag, DateTimeOffset? timestamp)
    {
        _partitionKey = partitionKey;
        _rowKey = rowKey;
        _properties = properties;
        ETag = etag;
        Timestamp = timestamp;
    }

    public string PartitionKey
    {
        get => _partitionKey;
        set
        {
            TableKeys.Validate(value, nameof(PartitionKey));
            _partitionKey = value;
        }
    }

    public string RowKey
    {
        get => _rowKey;
        set
        {
            TableKeys.Validate(value, nameof(RowKey));
            _rowKey = value;
        }
    }

    /// <summary>The ETag the service returned when this entity was read; null for a new entity.</summary>
    public ETag? ETag { get; set; }

    /// <summary>The service-maintained last-modified time; never written.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The custom properties (not PartitionKey, RowKey or Timestamp).</summary>
    public IReadOnlyDictionary<string, object?> Properties => _properties;

    /// <summary>Gets a property (null when absent) or sets one; setting null removes it.</summary>
    /// <exception cref="ArgumentException">The name is invalid or reserved, or the value's type cannot be stored.</exception>
    public object? this[string name]
    {
        get => name switch
        {
            nameof(PartitionKey) => PartitionKey,
            nameof(RowKey) => RowKey,
            nameof(Timestamp) => Timestamp,
            _ => _properties.GetValueOrDefault(name),
        };
        set
        {
            ValidatePropertyName(name);
            if (value is null)
            {
                _properties.Remove(name);
                return;
            }

            var normalized = NormalizeValue(name, value);
            if (!_properties.ContainsKey(name) && _properties.Count >= MaxCustomProperties)
            {
                throw new ArgumentException($"An entity holds at most {MaxCustomProperties} custom properties; cannot add '{name}'.", nameof(name));
            }

            _properties[name] = normalized;
        }
    }

    public bool Remove(string name) => _properties.Remove(name);

    public string? GetString(string name) => Get<string>(name);

    public int? GetInt32(string name) => _properties.GetValueOrDefault(name) switch
    {
        null => null,
        int value => value,
        var other => throw WrongType(name, other, "Int32"),
    };

    /// <summary>The value as Int64; a stored Int32 is widened.</summary>
    public long? GetInt64(string name) => _properties.GetValueOrDefault(name) switch
    {
        null => null,
        long value => value,
        int value => value,
        var other => throw WrongType(name, other, "Int64"),
    };

    /// <summary>The value as Double; stored Int32/Int64 values are converted.</summary>
    public double? GetDouble(string name) => _properties.GetValueOrDefault(name) switch
    {
        null => null,
        double value => value,
        int value => value,
        long value => value,
        var other => throw WrongType(name, other, "Double"),
    };

    public bool? GetBoolean(string name) => _properties.GetValueOrDefault(name) switch
    {
        null => null,
        bool value => value,
        var other => throw WrongType(name, other, "Boolean"),
    };

    public DateTimeOffset? GetDateTimeOffset(string name) => _properties.GetValueOrDefault(name) switch
    {
        null => null,
        DateTimeOffset value => value,
        var other => throw WrongType(name, other, "DateTimeOffset"),
    };

    public Guid? GetGuid(string name) => _properties.GetValueOrDefault(name) switch
    {
        null => null,
        Guid value => value,
        var other => throw WrongType(name, other, "Guid"),
    };

    public byte[]? GetBinary(string name) => Get<byte[]>(name);

    // Keys and values are often personal data (phone numbers, ID numbers); keep them out of logs.
    public override string ToString() => $"TableEntity ({_properties.Count} properties)";

    internal static void ValidatePropertyName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name is nameof(PartitionKey) or nameof(RowKey) or nameof(Timestamp))
        {
            throw new ArgumentException($"'{name}' is a system property; use the {name} property of the entity.", nameof(name));
        }

        if (name.Length > MaxPropertyNameLength || !IsIdentifier(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a valid table property name: use up to {MaxPropertyNameLength} letters, digits and underscores, not starting with a digit.",
                nameof(name));
        }
    }

    private static bool IsIdentifier(string name)
    {
        if (!(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static object NormalizeValue(string name, object value) => value switch
    {
        string or int or long or double or bool or Guid or byte[] or DateTimeOffset => value,
        DateTime { Kind: DateTimeKind.Utc } utc => new DateTimeOffset(utc),
        DateTime => throw new ArgumentException(
            $"Property '{name}' is a DateTime of kind {((DateTime)value).Kind}; only UTC DateTime values can be stored.", nameof(value)),
        _ => throw new ArgumentException(
            $"Property '{name}' has type {value.GetType().Name}, which a table cannot store; use string, int, long, double, bool, DateTimeOffset, UTC DateTime, Guid or byte[].",
            nameof(value)),
    };

    private static InvalidCastException WrongType(string name, object value, string wanted) =>
        new($"Property '{name}' holds a {value.GetType().Name}, not a {wanted}.");

    private T? Get<T>(string name)
        where T : class => _properties.GetValueOrDefault(name) switch
        {
            null => null,
            T value => value,
            var other => throw WrongType(name, other, typeof(T) == typeof(byte[]) ? "Binary" : typeof(T).Name),
        };
}
