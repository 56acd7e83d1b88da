namespace Notify.Functions.Registry;

/// <summary>
/// Where a resident lives, as the index says. <see cref="MovingFrom"/> lists regions a move has not finished
/// leaving yet: the resident's row may still be there (and is, if the new row was never written).
/// </summary>
public sealed record ResidentIndexEntry(string Id, string Region, DateOnly? BirthDate, IReadOnlyList<string> MovingFrom);
