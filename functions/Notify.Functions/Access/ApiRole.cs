namespace Notify.Functions.Access;

/// <summary>What an API key may do. A key holds one or more roles.</summary>
public enum ApiRole
{
    /// <summary>Submits documents, edits extracted items and templates.</summary>
    Editor,

    /// <summary>Approves or rejects items, templates and sends.</summary>
    Approver,

    /// <summary>Runs the system: replays, jobs, deliveries.</summary>
    Operator,

    /// <summary>Reads everything, changes nothing.</summary>
    Auditor,
}
