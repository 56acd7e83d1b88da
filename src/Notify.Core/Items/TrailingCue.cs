namespace Notify.Core.Items;

/// <summary>What the words just after a calendar expression make of it.</summary>
internal enum TrailingCue
{
    None,

    /// <summary>前, 之前, 以前.</summary>
    Before,

    /// <summary>起, 开始, 以后.</summary>
    From,

    /// <summary>止, 截止, 为止.</summary>
    Until,

    /// <summary>内, 以内.</summary>
    Within,

    /// <summary>期间.</summary>
    During,

    /// <summary>以来, 至今: history.</summary>
    Since,

    /// <summary>出版, 召开, 大事记, 上午 …: an event or a publication, not a duty.</summary>
    Event,

    /// <summary>第, 度, 是, 的: the date is part of a noun phrase.</summary>
    NounPhrase,

    /// <summary>Punctuation or the end of the line.</summary>
    Pause,
}
