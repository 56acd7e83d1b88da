using System.Text;
using Notify.Core.Text;

namespace Notify.Core.Csv;

/// <summary>
/// The text of a CSV file, opened as often as a reader needs: an import reads every row once to check it and once more
/// to store it. A file in UTF-8 (with or without a byte order mark) streams from disk each time; any other file is read
/// the way policy documents are (<see cref="PolicyTextDecoder"/>), so GB18030/GBK Chinese is decoded once into memory
/// and everything else is refused with a <see cref="CsvEncodingException"/> naming the line and byte where it failed.
/// </summary>
public sealed class CsvSource
{
    private const int ChunkBytes = 64 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Func<TextReader> _open;

    private CsvSource(Func<TextReader> open, string encoding)
    {
        _open = open;
        Encoding = encoding;
    }

    /// <summary>"utf-8" (with or without a byte order mark), "gb18030", or "text" for a source made from a string.</summary>
    public string Encoding { get; }

    public static CsvSource FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new CsvSource(() => new StringReader(text), "text");
    }

    /// <summary>Checks how the bytes <paramref name="openStream"/> returns are encoded; each call must return the same bytes.</summary>
    /// <exception cref="CsvEncodingException">The bytes are neither UTF-8 nor GB18030 text.</exception>
    public static async Task<CsvSource> OpenAsync(Func<Stream> openStream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(openStream);
        if (await ReadsAsUtf8Async(openStream, cancellationToken))
        {
            // The byte order mark comes through as U+FEFF, which the header check ignores.
            return new CsvSource(() => new StreamReader(openStream(), StrictUtf8, detectEncodingFromByteOrderMarks: false), "utf-8");
        }

        var bytes = await ReadAllAsync(openStream, cancellationToken);
        try
        {
            var decoded = PolicyTextDecoder.Decode(bytes);
            return new CsvSource(() => new StringReader(decoded.Text), decoded.Encoding);
        }
        catch (PolicyTextException exception)
        {
            throw Unreadable(bytes, exception);
        }
    }

    /// <summary>A new reader positioned at the start of the file; the caller disposes it.</summary>
    public TextReader Open() => _open();

    private static async Task<bool> ReadsAsUtf8Async(Func<Stream> openStream, CancellationToken cancellationToken)
    {
        var decoder = StrictUtf8.GetDecoder();
        var bytes = new byte[ChunkBytes];
        var chars = new char[StrictUtf8.GetMaxCharCount(ChunkBytes)];
        await using var stream = openStream();
        try
        {
            int read;
            while ((read = await stream.ReadAsync(bytes, cancellationToken)) > 0)
            {
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }

            decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static async Task<byte[]> ReadAllAsync(Func<Stream> openStream, CancellationToken cancellationToken)
    {
        await using var stream = openStream();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        return copy.ToArray();
    }

    private static CsvEncodingException Unreadable(byte[] bytes, PolicyTextException exception)
    {
        if (exception.ByteOffset is not { } offset)
        {
            return new CsvEncodingException(exception.Message, null, null, exception);
        }

        var line = bytes.AsSpan(0, (int)offset).Count((byte)'\n') + 1;
        return new CsvEncodingException($"line {line}, byte offset {offset}: {exception.Message}", line, offset, exception);
    }
}
