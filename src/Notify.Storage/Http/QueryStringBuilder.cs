using System.Globalization;
using System.Text;

namespace Notify.Storage.Http;

/// <summary>Builds a query string ("a=1&amp;b=x%20y") without a leading '?'; names are our constants, values are escaped.</summary>
internal sealed class QueryStringBuilder
{
    private readonly StringBuilder _builder = new();

    public bool IsEmpty => _builder.Length == 0;

    public QueryStringBuilder Add(string name, string value)
    {
        if (_builder.Length > 0)
        {
            _builder.Append('&');
        }

        _builder.Append(name).Append('=').Append(Uri.EscapeDataString(value));
        return this;
    }

    public QueryStringBuilder Add(string name, long value) => Add(name, value.ToString(CultureInfo.InvariantCulture));

    public QueryStringBuilder AddIfNotNull(string name, string? value) => value is null ? this : Add(name, value);

    public override string ToString() => _builder.ToString();
}
