using System.Globalization;
using Azure.Data.Tables;
using Notify.Functions.Storage;

namespace Notify.Functions.Registry;

/// <summary>
/// Partitions of the ResidentIndex table. "id-{0..f}": row = resident id, the region it lives in (change events
/// name a resident by id only). "birthday-MM": row = "dd-{id}", born on that day of that month (a partition per
/// month, not per day, so an import's index rows still batch; the daily age check reads one day's row range).
/// "state": small rows remembering what scheduled jobs have done.
/// </summary>
public static class ResidentIndexKeys
{
    public const int Shards = 16;

    public const string StatePartition = "state";

    public static string IdPartition(string residentId) => "id-" + Shard(residentId).ToString("x1", CultureInfo.InvariantCulture);

    public static string BirthdayPartition(int month) => string.Create(CultureInfo.InvariantCulture, $"birthday-{month:00}");

    /// <summary>Rows of one day sort together: "17-r123"; <see cref="BirthdayRowsAfter"/> bounds the day's range.</summary>
    public static string BirthdayRow(int day, string residentId) => string.Create(CultureInfo.InvariantCulture, $"{day:00}-{residentId}");

    /// <summary>The first row key after every row of <paramref name="day"/> ('.' sorts right after '-').</summary>
    public static string BirthdayRowsAfter(int day) => string.Create(CultureInfo.InvariantCulture, $"{day:00}.");

    public static int Shard(string residentId) => StableShard.Of(residentId, Shards);
}
