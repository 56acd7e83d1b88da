using Notify.Functions.Admin;
using Notify.Functions.Deliver;
using Notify.Functions.FanOut;
using Notify.Functions.Eligibility;
using Notify.Functions.Hosting;
using Notify.Functions.Ingest;
using Notify.Functions.Parse;
using Notify.Functions.Receipts.Twilio;
using Notify.Functions.Receipts.WeChat;
using Notify.Functions.Review;
using Notify.Functions.Schedule;
using Notify.Functions.Templates;
using Notify.Functions.Units;
using Notify.Functions.Acknowledgements;

namespace Notify.Functions;

/// <summary>Every function of the app. The Functions host, the local trigger host and function.json all start here.</summary>
public static class NotifyFunctions
{
    public static IReadOnlyList<FunctionDefinition> All { get; } =
    [
        FunctionDefinition.Http<CheckHealth>(),
        FunctionDefinition.Http<SubmitPolicy>(),
        FunctionDefinition.Http<GetPolicy>(),
        FunctionDefinition.Http<ListPolicies>(),
        FunctionDefinition.Http<ListPolicyDocuments>(),
        FunctionDefinition.Http<ListPolicyItems>(),
        FunctionDefinition.Http<GetPolicyItem>(),
        FunctionDefinition.Http<EditPolicyItem>(),
        FunctionDefinition.Http<ApprovePolicyItem>(),
        FunctionDefinition.Http<RejectPolicyItem>(),
        FunctionDefinition.Queue<ParsePolicy, PolicyIngestedMessage>(),
        FunctionDefinition.Timer<WatchPoisonQueues>(),
        FunctionDefinition.Timer<SweepDueOccurrences>(),
        FunctionDefinition.Queue<RunFanOut, FanOutRequested>(),
        FunctionDefinition.Queue<DeliverBatch, DeliveryBatch>(),
        FunctionDefinition.Http<GetFanOutJob>(),
        FunctionDefinition.Http<ListFanOutJobs>(),
        FunctionDefinition.Http<SubmitResidentChanges>(),
        FunctionDefinition.Queue<ApplyResidentChange, ResidentChangeMessage>(),
        FunctionDefinition.Timer<FindAgeThresholdCrossings>(),
        FunctionDefinition.Http<ListTemplates>(),
        FunctionDefinition.Http<GetTemplate>(),
        FunctionDefinition.Http<GetTemplateVersion>(),
        FunctionDefinition.Http<ApproveTemplateVersion>(),
        FunctionDefinition.Http<ActivateTemplateVersion>(),
        FunctionDefinition.Http<SaveTemplateVersion>(),
        FunctionDefinition.Http<ValidateTemplate>(),
        FunctionDefinition.Http<PreviewTemplate>(),
        FunctionDefinition.Http<DiffTemplateVersions>(),
        FunctionDefinition.Http<ReceiveTwilioStatus>(),
        FunctionDefinition.Http<ReceiveSmsReply>(),
        FunctionDefinition.Http<VerifyWeChatServer>(),
        FunctionDefinition.Http<ReceiveWeChatEvent>(),
        FunctionDefinition.Http<GetUnitContacts>(),
        FunctionDefinition.Http<SetUnitContacts>(),
        FunctionDefinition.Http<ViewAcknowledgementLink>(),
        FunctionDefinition.Http<AcknowledgeLink>(),
    ];
}
