namespace Notify.Functions.Acknowledgements;

/// <summary>What confirming a link did.</summary>
public enum AcknowledgementOutcome
{
    /// <summary>This request recorded the acknowledgement.</summary>
    Acknowledged,

    /// <summary>The unit had already acknowledged the item; the first time stands.</summary>
    AlreadyAcknowledged,
}
