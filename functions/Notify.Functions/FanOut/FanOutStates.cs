namespace Notify.Functions.FanOut;

/// <summary>A job is paging while it reads its audience and enqueues batches, then paged.</summary>
public static class FanOutStates
{
    public const string Paging = "paging";
    public const string Paged = "paged";
}
