namespace Notify.Functions.Tests.Support;

/// <summary>Tests that run the whole app share its fixed queue and table names, so they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AppCollection
{
    public const string Name = "Notify app";
}
