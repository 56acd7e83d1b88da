namespace Notify.Storage.Queues;

/// <summary>How message text is carried in the queue's <c>MessageText</c>.</summary>
public enum QueueMessageEncoding
{
    /// <summary>Base64 of the UTF-8 bytes: the Azure Functions queue-trigger default.</summary>
    Base64,

    /// <summary>The text as-is (Functions <c>messageEncoding: "none"</c>).</summary>
    None,
}
