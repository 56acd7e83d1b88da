using Notify.Core.Extraction;
using Notify.Core.Units;
using Notify.Functions.Review;

namespace Notify.Functions.Senders;

/// <summary>
/// Suggests the authority an item's notices speak for: the issuer of the document the item comes from (its 文号
/// says which), else the issuer given with the upload, resolved through the unit directory. Nothing is suggested
/// when the issuer is not a directory unit; the approver then sets it.
/// </summary>
public sealed class AuthoritySuggester : IDecisionSuggester
{
    private readonly UnitResolver _resolver = UnitResolver.Default;

    public Task<ItemDecisions> SuggestAsync(DecisionContext context, ItemDecisions suggested, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(suggested);
        if (suggested.AuthorityId is not null)
        {
            return Task.FromResult(suggested);
        }

        var issuer = DocumentOf(context.Item, context.Extraction.Documents)?.Issuer ?? context.Policy.Issuer;
        return Task.FromResult(suggested with { AuthorityId = Resolve(issuer) });
    }

    private static ExtractedDocument? DocumentOf(ExtractedItem item, IReadOnlyList<ExtractedDocument> documents) =>
        item.DocNumber is { } number
            ? documents.FirstOrDefault(document => document.DocNumber == number)
            : documents.Count == 1 ? documents[0] : null;

    private string? Resolve(string? issuer)
    {
        if (string.IsNullOrWhiteSpace(issuer))
        {
            return null;
        }

        var match = _resolver.Resolve(issuer.Trim(), _resolver.Directory.JurisdictionOf(issuer));
        return match is { Known: true, UnitId: { } id } && _resolver.Directory.Find(id) is { IsGroup: false } ? id : null;
    }
}
