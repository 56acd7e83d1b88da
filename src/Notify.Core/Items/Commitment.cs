namespace Notify.Core.Items;

/// <summary>How firmly the text commits to a time.</summary>
public enum Commitment
{
    /// <summary>No marker either way ("要", "应").</summary>
    Neutral,

    /// <summary>确保, 必须, 务必, 一律 …</summary>
    Hard,

    /// <summary>力争, 争取, 努力, 原则上 …</summary>
    Soft,
}
