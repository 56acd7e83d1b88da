using System.Globalization;
using System.Runtime.CompilerServices;

namespace Notify.Core.Registry;

/// <summary>
/// The resident CSV format, read as a stream of validated rows and written one row at a time. Header (row 1):
/// <c>id,name,phone,wechat_openid,email,region,birth_date,category,flags,paid_through_year,language,channels,consent</c>.
/// Columns may come in any order; id, name, region, birth_date and category are required, the others optional.
/// <list type="bullet">
/// <item>phone: 13800000000, +8613800000000 or 86 13800000000; stored as +8613800000000.</item>
/// <item>birth_date: YYYY-MM-DD, not after today in Asia/Shanghai. region: a <see cref="RegionCatalog"/> code.</item>
/// <item>flags: names from <see cref="ResidentFlags"/>, separated by ';' or '、'.</item>
/// <item>language: zh or mn (empty means zh). channels: sms, wechat, email in order of preference, ';'-separated.</item>
/// <item>consent: channel:in or channel:out, ';'-separated, e.g. "sms:in;wechat:out".</item>
/// </list>
/// </summary>
public sealed class ResidentCsv(TimeProvider time, RegionCatalog? regions = null)
{
    public const string Header =
        "id,name,phone,wechat_openid,email,region,birth_date,category,flags,paid_through_year,language,channels,consent";

    public static IReadOnlyList<string> Columns { get; } = Header.Split(',');

    public static IReadOnlyList<string> RequiredColumns { get; } = ["id", "name", "region", "birth_date", "category"];

    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>Streams the data rows of <paramref name="reader"/>; a bad header yields one row-1 result and stops.</summary>
    public async IAsyncEnumerable<ResidentCsvRow> ReadAsync(
        TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = new CsvRecordReader(reader);
        var header = await records.ReadAsync(cancellationToken);
        if (header is null)
        {
            yield return new ResidentCsvRow(1, null, [new ResidentCsvError(1, "header", "the file is empty")]);
            yield break;
        }

        var headerErrors = new List<ResidentCsvError>();
        var columns = MapColumns(header, headerErrors);
        if (headerErrors.Count > 0)
        {
            yield return new ResidentCsvRow(1, null, headerErrors);
            yield break;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Shanghai).DateTime);
        var parser = new ResidentRowParser(regions ?? RegionCatalog.Default, today, columns, header.Count);
        var row = 1;
        while (await records.ReadAsync(cancellationToken) is { } fields)
        {
            row++;
            if (fields is [""])
            {
                continue;
            }

            yield return records.LastRecordUnterminated
                ? new ResidentCsvRow(row, null, [new ResidentCsvError(row, "quote", "a quoted field is not closed before the end of the file")])
                : parser.Parse(row, fields);
        }
    }

    public static void WriteHeader(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Header);
        writer.Write('\n');
    }

    /// <summary>Writes <paramref name="resident"/> in the column order of <see cref="Header"/>.</summary>
    public static void WriteRow(TextWriter writer, Resident resident)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(resident);
        WriteField(writer, resident.Id, first: true);
        WriteField(writer, resident.Name);
        WriteField(writer, resident.Phone);
        WriteField(writer, resident.WeChatOpenId);
        WriteField(writer, resident.Email);
        WriteField(writer, resident.Region);
        WriteField(writer, resident.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        WriteField(writer, resident.Category);
        WriteField(writer, string.Join(';', resident.Flags));
        WriteField(writer, resident.PaidThroughYear?.ToString(CultureInfo.InvariantCulture));
        WriteField(writer, resident.Language);
        WriteField(writer, string.Join(';', resident.ChannelPreference));
        WriteField(writer, string.Join(';', resident.Consent.Select(pair => pair.Key + (pair.Value ? ":in" : ":out"))));
        writer.Write('\n');
    }

    private static void WriteField(TextWriter writer, string? value, bool first = false)
    {
        if (!first)
        {
            writer.Write(',');
        }

        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0 && value[0] != '\uFEFF')
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    private static Dictionary<string, int> MapColumns(List<string> header, List<ResidentCsvError> errors)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().ToLowerInvariant();
            if (!Columns.Contains(name))
            {
                errors.Add(new ResidentCsvError(1, "header", $"unknown column '{header[i]}'; expected {Header}"));
            }
            else if (!map.TryAdd(name, i))
            {
                errors.Add(new ResidentCsvError(1, "header", $"column '{name}' appears twice"));
            }
        }

        foreach (var required in RequiredColumns.Where(required => !map.ContainsKey(required)))
        {
            errors.Add(new ResidentCsvError(1, "header", $"required column '{required}' is missing"));
        }

        return map;
    }
}
