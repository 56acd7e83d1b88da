using System.Globalization;
using System.Text.Json;
using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Residents;
using Azure.Data.Tables;

namespace Notify.Functions.Review;

/// <summary>
/// Maps documents and items to table rows: flat columns for what is filtered and shown, JSON for
/// the lists (units, groups, amounts, reasons).
/// </summary>
public static class PolicyItemEntities
{
    private static readonly JsonSerializerOptions Json = ExtractionJson.Options;

    public static string DocumentRow(int index) => $"d{index:D4}";

    public static string ItemRow(int index) => $"i{index:D5}";

    public static TableEntity FromDocument(string policyId, int index, ExtractedDocument document) => new(policyId, DocumentRow(index))
    {
        ["Index"] = index,
        ["DocNumber"] = document.DocNumber,
        ["Title"] = document.Title,
        ["Issuer"] = document.Issuer,
        ["Signed"] = Format(document.Signed),
        ["Line"] = document.Line,
        ["Addressees"] = JsonSerializer.Serialize(document.Addressees, Json),
        ["Public"] = document.Public,
    };

    public static StoredDocument ToDocument(TableEntity entity) => new(
        entity.GetInt32("Index") ?? 0,
        new ExtractedDocument(
            entity.GetString("DocNumber"),
            entity.GetString("Title"),
            entity.GetString("Issuer"),
            ParseDate(entity.GetString("Signed")),
            entity.GetInt32("Line") ?? 0,
            Read<string[]>(entity, "Addressees") ?? [],
            entity.GetBoolean("Public") ?? false));

    public static TableEntity FromItem(string policyId, string itemId, ExtractedItem item, string reviewState, ItemDecisions? decisions = null)
    {
        var entity = new TableEntity(policyId, itemId) { ["ReviewState"] = reviewState };
        Write(entity, item);
        Write(entity, decisions ?? ItemDecisions.None);
        return entity;
    }

    /// <summary>Writes the review decisions onto a row.</summary>
    public static void Write(TableEntity entity, ItemDecisions decisions)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entity["Decisions"] = JsonSerializer.Serialize(decisions, Json);
    }

    /// <summary>Writes the item's fields onto a row, leaving its review columns as they are.</summary>
    public static void Write(TableEntity entity, ExtractedItem item)
    {
        entity["Kind"] = item.Kind.ToString();
        entity["Date"] = Format(item.Date);
        entity["EndDate"] = Format(item.EndDate);
        entity["Recurrence"] = item.Recurrence;
        entity["Line"] = item.Line;
        entity["Quote"] = item.Quote;
        entity["DocNumber"] = item.DocNumber;
        entity["LeadUnits"] = JsonSerializer.Serialize(item.LeadUnits, Json);
        entity["CooperatingUnits"] = JsonSerializer.Serialize(item.CooperatingUnits, Json);
        entity["Audience"] = item.Audience.ToString();
        entity["ResidentGroups"] = JsonSerializer.Serialize(item.ResidentGroups, Json);
        entity["Amounts"] = JsonSerializer.Serialize(item.Amounts, Json);
        entity["Confidence"] = item.Confidence;
        entity["NeedsReview"] = item.NeedsReview;
        entity["Reasons"] = JsonSerializer.Serialize(item.Reasons, Json);
        entity["DateInferred"] = item.DateInferred;
        entity["Notes"] = JsonSerializer.Serialize(item.Notes, Json);
    }

    public static PolicyItem ToItem(TableEntity entity) => new(
        entity.PartitionKey,
        entity.RowKey,
        new ExtractedItem(
            Enum.Parse<ItemKind>(entity.GetString("Kind") ?? nameof(ItemKind.Deadline)),
            ParseDate(entity.GetString("Date")),
            ParseDate(entity.GetString("EndDate")),
            entity.GetString("Recurrence"),
            entity.GetInt32("Line") ?? 0,
            entity.GetString("Quote") ?? "",
            entity.GetString("DocNumber"),
            Read<UnitRef[]>(entity, "LeadUnits") ?? [],
            Read<UnitRef[]>(entity, "CooperatingUnits") ?? [],
            Enum.Parse<ItemAudience>(entity.GetString("Audience") ?? nameof(ItemAudience.Units)),
            Read<string[]>(entity, "ResidentGroups") ?? [],
            Read<AmountRule[]>(entity, "Amounts") ?? [],
            entity.GetDouble("Confidence") ?? 0,
            EarlierNotes(entity) is null ? Read<string[]>(entity, "Reasons") ?? [] : [])
        {
            DateInferred = entity.GetBoolean("DateInferred") ?? false,
            Notes = EarlierNotes(entity) ?? Read<string[]>(entity, "Notes") ?? [],
        },
        Read<ItemDecisions>(entity, "Decisions") ?? ItemDecisions.None,
        entity.GetString("ReviewState") ?? ReviewState.Proposed,
        entity.GetString("EditedBy"),
        entity.GetDateTimeOffset("EditedAt"),
        entity.GetString("ReviewedBy"),
        entity.GetDateTimeOffset("ReviewedAt"),
        entity.GetString("ReviewNote"),
        entity.ETag.ToString(),
        entity.GetString("Schedule"));

    /// <summary>
    /// A row written before reasons meant review (it has no Notes) listed how the item was read among its reasons: when
    /// it needed no review those were notes, and reading them as reasons would ask for a review nobody asked for.
    /// </summary>
    private static string[]? EarlierNotes(TableEntity entity) =>
        !entity.ContainsKey("Notes") && entity.GetBoolean("NeedsReview") == false ? Read<string[]>(entity, "Reasons") ?? [] : null;

    private static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static T? Read<T>(TableEntity entity, string name) =>
        entity.GetString(name) is { } json ? JsonSerializer.Deserialize<T>(json, Json) : default;
}
