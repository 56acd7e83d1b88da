namespace Notify.Core.Registry;

/// <summary>
/// A validated change to one resident: only the fields that are set change. <see cref="Flags"/> replaces the whole set;
/// <see cref="AddFlags"/> and <see cref="RemoveFlags"/> edit it (never both in one change).
/// </summary>
/// <param name="EffectiveAt">When the change happened in the source system, if it said; kept for the record.</param>
public sealed record ResidentChange(
    string ResidentId,
    DateOnly? BirthDate = null,
    string? Category = null,
    IReadOnlyList<string>? Flags = null,
    IReadOnlyList<string>? AddFlags = null,
    IReadOnlyList<string>? RemoveFlags = null,
    string? Region = null,
    int? PaidThroughYear = null,
    DateTimeOffset? EffectiveAt = null)
{
    public Resident ApplyTo(Resident resident)
    {
        ArgumentNullException.ThrowIfNull(resident);
        if (resident.Id != ResidentId)
        {
            throw new ArgumentException($"The change is for resident {ResidentId}, not {resident.Id}.", nameof(resident));
        }

        var flags = Flags is not null ? new HashSet<string>(Flags, StringComparer.Ordinal) : new HashSet<string>(resident.Flags, StringComparer.Ordinal);
        flags.UnionWith(AddFlags ?? []);
        flags.ExceptWith(RemoveFlags ?? []);
        return resident with
        {
            BirthDate = BirthDate ?? resident.BirthDate,
            Category = Category ?? resident.Category,
            Flags = flags,
            Region = Region ?? resident.Region,
            PaidThroughYear = PaidThroughYear ?? resident.PaidThroughYear,
        };
    }
}
