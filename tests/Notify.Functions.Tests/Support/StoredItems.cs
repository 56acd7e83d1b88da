using Microsoft.Extensions.DependencyInjection;
using Notify.Core.Extraction;
using Notify.Functions.Ingest;
using Notify.Functions.Review;

namespace Notify.Functions.Tests.Support;

/// <summary>Stores a parsed policy and its items the way ParsePolicy does: the policy row, the suggestions (which flag older items), then the item rows.</summary>
public static class StoredItems
{
    public static async Task<string> StoreAsync(IServiceProvider services, string title, ExtractionResult extraction)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(extraction);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var id = Guid.CreateVersion7().ToString("N");
        var policy = new PolicyRecord
        {
            Id = id,
            Title = title,
            ContentType = "text/plain",
            SizeBytes = 1,
            Sha256 = id,
            SourceBlob = id + "/source",
            Status = PolicyStatus.Parsed,
            ReceivedAt = now,
            StatusChangedAt = now,
            ItemCount = extraction.Items.Count,
        };
        await services.GetRequiredService<PolicyStore>().AddAsync(policy, CancellationToken.None);
        var decisions = await services.GetRequiredService<DecisionSuggestions>().SuggestAsync(policy, extraction, CancellationToken.None);
        await TestSenders.ApproveAsync(services, TestSenders.Jalaid);
        await services.GetRequiredService<PolicyItemStore>().SaveExtractionAsync(id, extraction, [.. decisions.Select(Confirmed)], CancellationToken.None);
        return id;
    }

    /// <summary>
    /// What a reviewer would confirm where the suggestions leave a gap: Jalaid's medical security bureau as the authority
    /// (items stored here have no document to take an issuer from), a contribution window and a program name.
    /// </summary>
    private static ItemDecisions Confirmed(ItemDecisions suggested) => suggested with
    {
        AuthorityId = suggested.AuthorityId ?? TestSenders.Jalaid,
        ProgramName = suggested.ProgramName ?? "城乡居民医保缴费",
        Task = suggested.Task ?? "完成参保人员信息核对",
    };

    /// <summary>Rejects every item of the policies that is not rejected yet (cancelling what approval scheduled), so later tests' items never match them.</summary>
    public static async Task RejectAllAsync(IServiceProvider services, IEnumerable<string> policyIds)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(policyIds);
        var review = services.GetRequiredService<ItemReview>();
        foreach (var policyId in policyIds)
        {
            foreach (var item in await services.GetRequiredService<PolicyItemStore>().ListItemsAsync(policyId, CancellationToken.None))
            {
                if (item.ReviewState != ReviewState.Rejected)
                {
                    await review.RejectAsync(policyId, item.Id, "tests", "test over", null, CancellationToken.None);
                }
            }
        }
    }
}
