namespace Notify.Functions.FanOut;

/// <summary>
/// A job is paging while it reads its audience and enqueues batches, then paged. A job that paged no recipient at all
/// is reported as empty: a problem with its reason, never a job done.
/// </summary>
public static class FanOutStates
{
    public const string Paging = "paging";
    public const string Paged = "paged";
    public const string Empty = "empty";
}
