namespace Notify.Core.Residents;

/// <summary>The resident-facing part of a sentence: which groups it names, what amounts it sets, whether it speaks to residents at all.</summary>
public sealed record ResidentRules(IReadOnlyList<string> Groups, IReadOnlyList<AmountRule> Amounts, bool MentionsResidents)
{
    public static ResidentRules None { get; } = new([], [], false);
}
