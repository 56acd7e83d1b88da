namespace Notify.Functions.Senders;

/// <summary>A sender profile version is saved as a draft; approved by someone other than its editor, it becomes the active one.</summary>
public static class SenderProfileState
{
    public const string Draft = "draft";
    public const string Approved = "approved";
}
