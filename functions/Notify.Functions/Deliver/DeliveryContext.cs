using Notify.Functions.Notices;
using Notify.Functions.Schedule;
using Notify.Functions.Senders;
using Notify.Functions.Templates;

namespace Notify.Functions.Deliver;

/// <summary>What every batch of one job shares: the occurrence, its notice, the template version to render with and the sender profile to send as.</summary>
public sealed record DeliveryContext(ScheduledOccurrence Occurrence, Notice Notice, TemplateVersion Template, DateTimeOffset LoadedAt, SenderProfile Sender);
