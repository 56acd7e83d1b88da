using Notify.Core.Units;
using Notify.Functions.Audit;

namespace Notify.Functions.Units;

/// <summary>Reads and replaces one unit's contacts, for the API.</summary>
public sealed class UnitContactEditor(UnitContactStore store, UnitDirectory directory, AuditTrail audit, ILogger<UnitContactEditor> logger)
{
    public async Task<UnitContactOutcome> FindAsync(string unitId, CancellationToken cancellationToken)
    {
        if (directory.Find(unitId) is null)
        {
            return UnitContactOutcome.UnknownUnit(unitId);
        }

        return await store.FindAsync(unitId, cancellationToken) is { } contact
            ? UnitContactOutcome.Found(contact)
            : UnitContactOutcome.NoContacts();
    }

    /// <summary>Replaces the unit's contacts with <paramref name="change"/>, or reports every invalid value by field.</summary>
    public async Task<UnitContactOutcome> ReplaceAsync(string unitId, UnitContactChange change, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (directory.Find(unitId) is not { } unit)
        {
            return UnitContactOutcome.UnknownUnit(unitId);
        }

        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var values = UnitContactValidator.Validate(change.WeComUserIds, change.Phones, change.Emails, (field, message) =>
        {
            var name = ApiField(field);
            if (!errors.TryGetValue(name, out var messages))
            {
                errors[name] = messages = [];
            }

            messages.Add(message);
        });
        if (errors.Count > 0)
        {
            return UnitContactOutcome.Invalid(errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal));
        }

        var contact = new UnitContact(unit.Id, unit.Name, unit.Level, values.WeComUserIds, values.Phones, values.Emails);
        await store.UpsertBatchAsync([contact], cancellationToken);
        logger.LogInformation("Contacts of unit {UnitId} replaced: {WeComCount} WeCom ids, {PhoneCount} phones, {EmailCount} emails",
            unit.Id, contact.WeComUserIds.Count, contact.Phones.Count, contact.Emails.Count);
        audit.Record(actor, "replaced unit contacts", unit.Id, $"{contact.WeComUserIds.Count} WeCom ids, {contact.Phones.Count} phones, {contact.Emails.Count} emails");
        return UnitContactOutcome.Found(contact);
    }

    /// <summary>The JSON property names of <see cref="UnitContactChange"/>, so errors point at the body's fields.</summary>
    private static string ApiField(string field) => field switch
    {
        UnitContactValidator.WeComUserIdsField => "weComUserIds",
        UnitContactValidator.PhonesField => "phones",
        _ => "emails",
    };
}
