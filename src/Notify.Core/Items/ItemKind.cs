namespace Notify.Core.Items;

/// <summary>What a time-bound item asks of its audience.</summary>
public enum ItemKind
{
    /// <summary>Something must be done by a date ("2023年10月底前完成").</summary>
    Deadline,

    /// <summary>A rule takes effect on a date ("自2019年10月1日起执行").</summary>
    Effective,

    /// <summary>A period with a start and an end ("自印发之日起至2019年2月底", "每年9月1日至次年2月25日").</summary>
    Window,

    /// <summary>Something repeats ("每月16日前报送", "每季度开展一次").</summary>
    Recurring,

    /// <summary>A goal to reach by a time ("到2022年…达到…").</summary>
    Target,
}
