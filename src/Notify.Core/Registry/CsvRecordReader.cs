using System.Text;

namespace Notify.Core.Registry;

/// <summary>
/// Reads RFC 4180 records one at a time from a <see cref="TextReader"/> through a fixed buffer: quoted fields may hold
/// commas, doubled quotes and line breaks; lines end in LF or CRLF; a leading byte order mark is skipped.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader)
{
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _field = new();
    private int _position;
    private int _length;
    private bool _started;

    /// <summary>True when the last record ended inside an unclosed quote (the end of input came first).</summary>
    public bool LastRecordUnterminated { get; private set; }

    /// <summary>The next record's fields, or null at the end of input.</summary>
    public async ValueTask<List<string>?> ReadAsync(CancellationToken cancellationToken)
    {
        if (!_started)
        {
            _started = true;
            if (await PeekAsync(cancellationToken) == '\uFEFF')
            {
                _position++;
            }
        }

        LastRecordUnterminated = false;
        var fields = new List<string>();
        _field.Clear();
        var inQuotes = false;
        var any = false;
        while (true)
        {
            var next = await ReadCharAsync(cancellationToken);
            if (next < 0)
            {
                if (!any)
                {
                    return null;
                }

                LastRecordUnterminated = inQuotes;
                fields.Add(_field.ToString());
                return fields;
            }

            any = true;
            var c = (char)next;
            if (inQuotes)
            {
                if (c != '"')
                {
                    _field.Append(c);
                }
                else if (await PeekAsync(cancellationToken) == '"')
                {
                    _position++;
                    _field.Append('"');
                }
                else
                {
                    inQuotes = false;
                }

                continue;
            }

            switch (c)
            {
                case '"' when _field.Length == 0:
                    inQuotes = true;
                    break;
                case ',':
                    fields.Add(_field.ToString());
                    _field.Clear();
                    break;
                case '\r':
                    if (await PeekAsync(cancellationToken) == '\n')
                    {
                        _position++;
                    }

                    fields.Add(_field.ToString());
                    return fields;
                case '\n':
                    fields.Add(_field.ToString());
                    return fields;
                default:
                    _field.Append(c);
                    break;
            }
        }
    }

    private async ValueTask<int> ReadCharAsync(CancellationToken cancellationToken)
    {
        var c = await PeekAsync(cancellationToken);
        if (c >= 0)
        {
            _position++;
        }

        return c;
    }

    private ValueTask<int> PeekAsync(CancellationToken cancellationToken) =>
        _position < _length ? ValueTask.FromResult<int>(_buffer[_position]) : FillAndPeekAsync(cancellationToken);

    private async ValueTask<int> FillAndPeekAsync(CancellationToken cancellationToken)
    {
        _length = await reader.ReadAsync(_buffer.AsMemory(), cancellationToken);
        _position = 0;
        return _length > 0 ? _buffer[0] : -1;
    }
}
