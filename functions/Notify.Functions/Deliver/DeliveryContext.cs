using Notify.Functions.Notices;
using Notify.Functions.Schedule;
using Notify.Functions.Templates;

namespace Notify.Functions.Deliver;

/// <summary>What every batch of one job shares: the occurrence, its notice and the template version to render with.</summary>
public sealed record DeliveryContext(ScheduledOccurrence Occurrence, Notice Notice, TemplateVersion Template, DateTimeOffset LoadedAt);
