namespace Notify.Functions.Notices;

/// <summary>A notice is active from approval until its item is edited, rejected or withdrawn.</summary>
public static class NoticeStates
{
    public const string Active = "active";
    public const string Cancelled = "cancelled";
}
