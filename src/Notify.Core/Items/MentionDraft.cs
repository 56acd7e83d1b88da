namespace Notify.Core.Items;

/// <summary>A mention being built, in scan-text coordinates.</summary>
internal sealed class MentionDraft
{
    public required ItemKind Kind { get; set; }

    public DateOnly? Date { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? Recurrence { get; set; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public bool Inferred { get; set; }

    /// <summary>The period is the enclosing block's (a stage heading, a lead-in), not read off this line.</summary>
    public bool FromBlock { get; set; }

    public bool NeedsReview { get; set; }

    public List<string> Reasons { get; } = [];

    public double Confidence { get; set; }

    /// <summary>"有效期至…": an end date for the sentence's effective item rather than an item of its own.</summary>
    public bool IsValidityEnd { get; set; }

    public MentionDraft Because(string? reason)
    {
        if (reason is not null && !Reasons.Contains(reason))
        {
            Reasons.Add(reason);
        }

        return this;
    }
}
