using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;
using Notify.Functions.Hosting;
using Notify.Functions.Templates;

namespace Notify.Functions.Senders;

/// <summary>PUT /api/senders/{authorityId}: save an authority's sender profile as a new draft version (validated first; nothing invalid is stored).</summary>
public sealed class SaveSenderProfile(SenderProfileWorkflow workflow)
{
    [Function(nameof(SaveSenderProfile))]
    [RequireApiKey(ApiRole.Editor)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "senders/{authorityId}")] HttpRequest request, string authorityId, CancellationToken cancellationToken)
    {
        var json = await request.ReadJsonAsync<SenderDetails>(optional: false, cancellationToken);
        if (json.Problem is { } invalidJson)
        {
            return invalidJson;
        }

        return await HandleAsync(authorityId, json.Value!, workflow, request.HttpContext, cancellationToken);
    }

    private static async Task<IResult> HandleAsync(string authorityId, SenderDetails details, SenderProfileWorkflow workflow, HttpContext context, CancellationToken cancellationToken)
    {
        var (actor, keyId) = TemplateWorkflow.Caller(context.User);
        return (await workflow.SaveDraftAsync(authorityId, details, actor, keyId, cancellationToken)).ToResult();
    }
}
