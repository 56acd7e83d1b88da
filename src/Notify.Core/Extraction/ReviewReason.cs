namespace Notify.Core.Extraction;

/// <summary>Why an item needs review: the cause (<see cref="ReviewRule"/>'s codes, or a missing review decision) and the words a reviewer acts on.</summary>
public sealed record ReviewReason(string Code, string Text);
