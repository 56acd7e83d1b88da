namespace Notify.Functions.Review;

/// <summary>
/// What a person decides about an item beyond what was extracted, each suggested at parse time and changeable by
/// PATCH: the resident notice kind (<see cref="Notify.Core.Notices.ResidentNoticeKinds"/>), the short program name
/// messages use, the task sentence for units, the issuing authority (a unit directory id) the notice speaks for,
/// and how it relates to items describing the same event: <see cref="SameAs"/> are the items flagged at review,
/// <see cref="MergedInto"/> the item this one was merged into (it then sends nothing of its own), and
/// <see cref="KeptApartFrom"/> the flagged items the approver chose to keep separate. Item references are
/// "policyId/itemId".
/// </summary>
public sealed record ItemDecisions(
    string? NoticeKind = null,
    string? ProgramName = null,
    string? Task = null,
    string? AuthorityId = null,
    IReadOnlyList<string>? SameAs = null,
    string? MergedInto = null,
    IReadOnlyList<string>? KeptApartFrom = null)
{
    public static ItemDecisions None { get; } = new();

    /// <summary>"policyId/itemId": how one item names another across policies.</summary>
    public static string Reference(string policyId, string itemId) => $"{policyId}/{itemId}";
}
