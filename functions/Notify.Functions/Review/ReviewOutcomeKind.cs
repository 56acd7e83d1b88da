namespace Notify.Functions.Review;

public enum ReviewOutcomeKind
{
    Done,
    NotFound,
    Stale,
    Invalid,
    Conflict,
}
