using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Notify.Core.Text;

/// <summary>
/// Turns an uploaded policy file into text: UTF-8 (with or without a byte-order mark) or GB18030/GBK,
/// the encodings Chinese government files come in. Anything else is refused with a
/// <see cref="PolicyTextException"/> that says what is wrong and at which byte. Size limits are the caller's job.
/// </summary>
public static class PolicyTextDecoder
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>C0 controls that do not occur in text (tab, line feed, carriage return, form feed and the like do).</summary>
    private static readonly SearchValues<byte> StrayControls = SearchValues.Create([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1C, 0x1D, 0x1E, 0x1F]);

    // A few stray control characters happen in pasted text; this many means the file is not text.
    private const double MaximumControlShare = 0.01;

    // ASCII in UTF-16 puts a NUL in every other byte; a lone NUL is a binary file.
    private const int MinimumUtf16Nuls = 4;

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new PolicyTextException(PolicyTextProblem.Empty, "The file is empty (0 bytes).", 0);
        }

        RejectBinaryFormats(bytes);
        RejectWideUnicode(bytes);

        if (bytes.StartsWith(Utf8Bom))
        {
            var body = bytes[Utf8Bom.Length..];
            var invalidAt = FindInvalidUtf8(body);
            if (invalidAt >= 0)
            {
                var offset = invalidAt + Utf8Bom.Length;
                throw new PolicyTextException(
                    PolicyTextProblem.UnsupportedEncoding,
                    $"The file starts with a UTF-8 byte-order mark but is not valid UTF-8: byte 0x{bytes[offset]:X2} at byte offset {offset} cannot be decoded. Save the file again as UTF-8.",
                    offset);
            }

            return Checked(Encoding.UTF8.GetString(body), "utf-8-bom");
        }

        var firstInvalid = FindInvalidUtf8(bytes);
        if (firstInvalid < 0)
        {
            return Checked(Encoding.UTF8.GetString(bytes), "utf-8");
        }

        if (ChineseMultibyteText.TryDecode(bytes, out var chinese))
        {
            return Checked(chinese, "gb18030");
        }

        throw new PolicyTextException(
            PolicyTextProblem.UnsupportedEncoding,
            $"The text is neither UTF-8 nor GB18030/GBK Chinese: byte 0x{bytes[firstInvalid]:X2} at byte offset {firstInvalid} is not valid UTF-8, and the file does not read as Chinese in GB18030. Save it as UTF-8.",
            firstInvalid);
    }

    private static DecodedText Checked(string text, string encoding)
    {
        if (string.IsNullOrWhiteSpace(text.Replace('\uFEFF', ' ')))
        {
            throw new PolicyTextException(PolicyTextProblem.Empty, $"The file contains only whitespace ({encoding}).");
        }

        return new DecodedText(text, encoding);
    }

    private static void RejectBinaryFormats(ReadOnlySpan<byte> bytes)
    {
        if (BinarySignatures.Identify(bytes) is { } format)
        {
            throw new PolicyTextException(
                PolicyTextProblem.Binary,
                $"This is {format}, not plain text (its signature is at byte offset 0). Copy the text out and save it as UTF-8.",
                0);
        }
    }

    private static void RejectWideUnicode(ReadOnlySpan<byte> bytes)
    {
        var bom = bytes switch
        {
            [0xFF, 0xFE, 0x00, 0x00, ..] => "UTF-32 (little-endian)",
            [0x00, 0x00, 0xFE, 0xFF, ..] => "UTF-32 (big-endian)",
            [0xFF, 0xFE, ..] => "UTF-16 (little-endian)",
            [0xFE, 0xFF, ..] => "UTF-16 (big-endian)",
            _ => null,
        };
        if (bom is not null)
        {
            throw new PolicyTextException(
                PolicyTextProblem.UnsupportedEncoding,
                $"The text is encoded as {bom}: its byte-order mark is at byte offset 0. Save it as UTF-8.",
                0);
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            if (LooksLikeBomlessUtf16(bytes, out var endianness))
            {
                throw new PolicyTextException(
                    PolicyTextProblem.UnsupportedEncoding,
                    $"The text looks like UTF-16 ({endianness}) without a byte-order mark (NUL byte at byte offset {nul}). Save it as UTF-8.",
                    nul);
            }

            throw new PolicyTextException(
                PolicyTextProblem.Binary,
                $"This is a binary file, not text: NUL byte at byte offset {nul}.",
                nul);
        }

        var firstControl = bytes.IndexOfAny(StrayControls);
        if (firstControl < 0)
        {
            return;
        }

        var controls = 0;
        for (var i = firstControl; i < bytes.Length; i++)
        {
            controls += StrayControls.Contains(bytes[i]) ? 1 : 0;
        }

        if (controls > bytes.Length * MaximumControlShare)
        {
            throw new PolicyTextException(
                PolicyTextProblem.Binary,
                string.Create(CultureInfo.InvariantCulture, $"This is a binary file, not text: {controls} control bytes, the first (0x{bytes[firstControl]:X2}) at byte offset {firstControl}."),
                firstControl);
        }
    }

    private static bool LooksLikeBomlessUtf16(ReadOnlySpan<byte> bytes, out string endianness)
    {
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        int even = 0, odd = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                if (i % 2 == 0)
                {
                    even++;
                }
                else
                {
                    odd++;
                }
            }
        }

        endianness = odd > even ? "little-endian" : "big-endian";
        var (major, minor) = odd > even ? (odd, even) : (even, odd);
        return minor == 0 && major >= Math.Max(MinimumUtf16Nuls, sample.Length / 10);
    }

    /// <returns>The offset of the first byte that is not valid UTF-8, or -1.</returns>
    private static int FindInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return -1;
        }

        var buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            Utf8.ToUtf16(bytes, buffer, out var read, out _, replaceInvalidSequences: false);
            return read;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
