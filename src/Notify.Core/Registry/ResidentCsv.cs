using System.Globalization;
using System.Runtime.CompilerServices;
using Notify.Core.Csv;

namespace Notify.Core.Registry;

/// <summary>
/// The resident CSV format, read as a stream of validated rows and written row by row. Header (row 1):
/// <c>id,name,phone,wechat_openid,email,region,birth_date,category,flags,paid_through_year,language,channels,consent</c>.
/// Columns may come in any order; id, name, region, birth_date and category are required, the others optional.
/// Each id appears once per file: a repeated id is an error naming both rows (a later file updates the resident).
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
    public static CsvTable Table { get; } = new(
        ["id", "name", "phone", "wechat_openid", "email", "region", "birth_date", "category", "flags", "paid_through_year", "language", "channels", "consent"],
        ["id", "name", "region", "birth_date", "category"]);

    public static string Header => Table.Header;

    public static IReadOnlyList<string> Columns => Table.Columns;

    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>Streams the data rows of <paramref name="reader"/>; a bad header yields one row-1 result and stops.</summary>
    public async IAsyncEnumerable<ResidentCsvRow> ReadAsync(
        TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Shanghai).DateTime);
        var parser = new ResidentRowParser(regions ?? RegionCatalog.Default, today);
        var ids = new CsvUniqueKeys("id", "each resident must appear once");
        await foreach (var record in Table.ReadAsync(reader, cancellationToken))
        {
            yield return record.IsReadable ? Unique(parser.Parse(record), ids.Claim(record, record["id"])) : new ResidentCsvRow(record.Row, null, record.Errors);
        }
    }

    private static ResidentCsvRow Unique(ResidentCsvRow row, CsvError? repeated) =>
        repeated is null ? row : new ResidentCsvRow(row.Row, null, [.. row.Errors, repeated]);

    /// <summary>Writes the header and then each of <paramref name="residents"/>, in the column order of <see cref="Header"/>.</summary>
    public static void Write(TextWriter writer, IEnumerable<Resident> residents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(residents);
        using var csv = Table.CreateWriter(writer);
        foreach (var resident in residents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            csv.WriteRow(
                resident.Id,
                resident.Name,
                resident.Phone,
                resident.WeChatOpenId,
                resident.Email,
                resident.Region,
                resident.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                resident.Category,
                string.Join(';', resident.Flags),
                resident.PaidThroughYear?.ToString(CultureInfo.InvariantCulture),
                resident.Language,
                string.Join(';', resident.ChannelPreference),
                string.Join(';', resident.Consent.Select(pair => pair.Key + (pair.Value ? ":in" : ":out"))));
        }
    }
}
