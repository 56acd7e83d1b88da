using Notify.Core.Units;
using Notify.Functions.Units;

namespace Notify.LocalHost.Demo;

/// <summary>
/// Demo step b: every directory unit gets the made-up contacts of <see cref="DemoUnitContacts"/> (what
/// <c>units demo-contacts</c> writes), except units that already have contacts, which keep theirs.
/// </summary>
public sealed class UnitContactSeeding(UnitContactStore store, UnitDirectory directory)
{
    /// <summary>Adds contacts for the units that have none; returns how many were added and how many units now have contacts.</summary>
    public async Task<(int Added, int WithContacts)> EnsureAsync(CancellationToken cancellationToken)
    {
        var existing = (await store.ListAsync(cancellationToken)).Select(contact => contact.UnitId).ToHashSet(StringComparer.Ordinal);
        var missing = DemoUnitContacts.Generate(directory).Where(contact => !existing.Contains(contact.UnitId)).ToList();
        if (missing.Count > 0)
        {
            await store.UpsertBatchAsync(missing, cancellationToken);
        }

        var withContacts = directory.Units.Count(unit => existing.Contains(unit.Id)) + missing.Count;
        return (missing.Count, withContacts);
    }
}
