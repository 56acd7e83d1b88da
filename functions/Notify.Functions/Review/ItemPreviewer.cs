using Notify.Core.Channels;
using Notify.Core.Extraction;
using Notify.Core.Registry;
using Notify.Core.Scheduling;
using Notify.Core.Templates;
using Notify.Core.Units;
using Notify.Functions.Channels;
using Notify.Functions.Consent;
using Notify.Functions.Deliver;
using Notify.Functions.FanOut;
using Notify.Functions.Notices;
using Notify.Functions.Senders;
using Notify.Functions.Templates;
using Notify.Functions.Units;

namespace Notify.Functions.Review;

/// <summary>
/// Who would get what if an item were approved now. The notices are prepared as approval prepares them
/// (<see cref="NoticeScheduler.PrepareAsync"/>), residents are streamed from the registry region by region and only
/// counted, each recipient's channel is chosen as a send chooses it (consent, SMS opt-outs, missing addresses,
/// template content), and a few messages are rendered through the active template. Nothing is saved.
/// </summary>
public sealed class ItemPreviewer(
    NoticeScheduler scheduler,
    ResidentPager residents,
    UnitRecipients units,
    UnitContactStore contacts,
    SmsOptOutCache optOuts,
    TemplateEditing templates,
    TemplateRenderer renderer,
    ScheduleOptions schedule,
    TimeProvider clock)
{
    private const int SamplesPerLanguage = 2;

    private static readonly string[] Languages = [ResidentLanguages.Chinese, ResidentLanguages.Mongolian];

    /// <summary>Stands in for rendered content when no template version is active: every channel counts as having content.</summary>
    private static readonly Dictionary<ChannelKind, MessageContent> AnyContent =
        Enum.GetValues<ChannelKind>().ToDictionary(kind => kind, MessageContent (_) => new SmsContent(""));

    private static readonly Dictionary<string, object?> NoData = [];

    public async Task<ItemPreview> PreviewAsync(PolicyItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var prepared = await scheduler.PrepareAsync(item, clock.GetUtcNow(), cancellationToken);
        var occurrences = new List<OccurrencePreview>();
        foreach (var notice in prepared.Notices)
        {
            occurrences.AddRange(await PreviewAsync(notice, item.Decisions.AuthorityId, prepared.Sender, cancellationToken));
        }

        return new ItemPreview(
            item.PolicyId,
            item.Id,
            item.ReviewState,
            prepared.Plan.Expired ? prepared.Plan.ExpiredReason : null,
            await UnitsAsync(item, cancellationToken),
            [.. occurrences.OrderBy(occurrence => occurrence.Due).ThenBy(occurrence => occurrence.TemplateKind, StringComparer.Ordinal)]);
    }

    private async Task<IEnumerable<OccurrencePreview>> PreviewAsync(Notice notice, string? authorityId, SenderProfile? sender, CancellationToken cancellationToken)
    {
        var (template, problems) = await templates.ActiveForSendAsync(notice.TemplateKind, cancellationToken);
        if (sender is null)
        {
            problems = [.. problems, $"No approved sender profile for authority '{authorityId ?? "(none)"}': messages cannot be signed or sent until one is approved."];
        }

        var tallies = notice.Occurrences.Select(_ => new AudienceTally()).ToList();
        if (notice.Audience == ItemAudience.Units)
        {
            foreach (var recipient in await units.ReachAsync(notice.UnitIds, authorityId, cancellationToken))
            {
                var choice = await ChooseAsync(recipient, template, cancellationToken);
                var region = UnitDirectory.LoadDefault().Find(recipient.Id)?.Jurisdiction ?? "(not in the directory)";
                tallies.ForEach(tally => tally.Add(recipient, region, choice));
            }
        }
        else
        {
            await CountResidentsAsync(notice, template, tallies, cancellationToken);
        }

        return notice.Occurrences.Select((occurrence, index) => ToPreview(notice, occurrence, tallies[index], sender is null ? null : template, problems, sender));
    }

    private async Task CountResidentsAsync(Notice notice, TemplateVersion? template, List<AudienceTally> tallies, CancellationToken cancellationToken)
    {
        var audiences = notice.Occurrences.Select(notice.AudienceFor).ToList();
        await foreach (var resident in residents.ReadRegionsOfAsync(audiences, cancellationToken))
        {
            FanOutRecipient? recipient = null;
            Choice? choice = null;
            for (var index = 0; index < audiences.Count; index++)
            {
                if (audiences[index].Includes(resident, notice.Occurrences[index].ForDate))
                {
                    recipient ??= ResidentRecipients.From(resident, null);
                    choice ??= await ChooseAsync(recipient, template, cancellationToken);
                    tallies[index].Add(recipient, resident.Region, choice);
                }
            }
        }
    }

    /// <summary>The channel a send would use for <paramref name="recipient"/>, or why none can be used.</summary>
    private async Task<Choice> ChooseAsync(FanOutRecipient recipient, TemplateVersion? template, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<ChannelKind, MessageContent> contents = template is null
            ? AnyContent
            : new LazyContentDictionary(renderer, template.Content, RecipientChannels.Locale(recipient.Language), NoData);
        var request = RecipientChannels.Request("preview", recipient, contents, await RecipientChannels.OptedOutAsync(recipient, optOuts, cancellationToken));
        var (channel, skipped) = ChannelFallback.FirstUsable(request);
        return new Choice(channel, channel is null ? DeliveryReasons.Unreachable(skipped) : null);
    }

    private OccurrencePreview ToPreview(Notice notice, PlannedOccurrence occurrence, AudienceTally tally, TemplateVersion? template, IReadOnlyList<string> problems, SenderProfile? sender) => new(
        occurrence.Id,
        occurrence.Purpose,
        TimeZoneInfo.ConvertTime(occurrence.DueUtc, schedule.TimeZone),
        notice.TemplateKind,
        notice.Audience == ItemAudience.Units ? "units" : "residents",
        template?.Version,
        problems,
        tally.Recipients,
        tally.ByRegion,
        tally.ByChannel,
        tally.Unreachable,
        tally.Reasons,
        template is null || sender is null ? [] : Samples(notice, occurrence, tally, template.Content, sender.Details.SmsSignature));

    /// <summary>Messages for up to two recipients of each language, in that language's locale, on every channel the template and the recipient have.</summary>
    private List<SampleMessage> Samples(Notice notice, PlannedOccurrence occurrence, AudienceTally tally, TemplateContent template, string? smsSignature)
    {
        var dueDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(occurrence.DueUtc, schedule.TimeZone).DateTime);
        var samples = new List<SampleMessage>();
        foreach (var language in Languages)
        {
            // Nobody of this language in the audience: show what one of the others would get in it.
            var recipients = tally.Samples.TryGetValue(language, out var speakers) ? speakers : tally.Samples.Values.SelectMany(list => list).Take(1).ToList();
            var locale = RecipientChannels.Locale(language);
            foreach (var recipient in recipients)
            {
                var data = NoticeMessageData.For(notice, occurrence, recipient, dueDay, ackUrl: null);
                foreach (var kind in recipient.Channels.Select(RecipientChannels.Kind).OfType<ChannelKind>().Distinct()
                             .Where(kind => template.Locales.Values.Any(localized => localized.Has(kind))))
                {
                    samples.Add(new SampleMessage(recipient.Id, recipient.Language, locale, kind.ToString(), tally.Planned[recipient.Id] == kind, Signed(renderer.Render(template, locale, kind, data), smsSignature)));
                }
            }
        }

        return samples;
    }

    /// <summary>An SMS as it would go out: with the sender's registered signature in front, as the delivery path adds it.</summary>
    private static MessageContent Signed(MessageContent content, string? smsSignature) =>
        content is SmsContent sms && smsSignature is not null ? new SmsContent(SmsSignature.Sign(smsSignature, sms.Body)) : content;

    private async Task<IReadOnlyList<UnitPreview>> UnitsAsync(PolicyItem item, CancellationToken cancellationToken)
    {
        var directory = UnitDirectory.LoadDefault();
        var named = item.Item.LeadUnits.Select(unit => (Unit: unit, Role: "lead")).Concat(item.Item.CooperatingUnits.Select(unit => (Unit: unit, Role: "cooperating"))).ToList();
        var issuerId = item.Decisions.AuthorityId;
        var found = await contacts.FindManyAsync(named.Select(pair => pair.Unit.UnitId).Append(issuerId).OfType<string>().Distinct(StringComparer.Ordinal), cancellationToken);
        var standIn = issuerId is not null && found.ContainsKey(issuerId) ? UnitRecipients.NameOf(issuerId) : null;
        return [.. named.Select(pair => pair.Unit.UnitId switch
        {
            null => new UnitPreview(pair.Unit.Name, null, pair.Role, false, "not in the unit directory: gets nothing until a unit is picked by PATCH"),
            { } id when directory.Find(id) is { IsGroup: true } => new UnitPreview(pair.Unit.Name, id, pair.Role, false, "a group of units: it has no contact of its own and gets nothing; name its members by PATCH"),
            { } id when found.ContainsKey(id) => new UnitPreview(pair.Unit.Name, id, pair.Role, true, null),
            { } id when standIn is not null => new UnitPreview(pair.Unit.Name, id, pair.Role, false, $"no contact: its messages go to the issuer {standIn}"),
            { } id => new UnitPreview(pair.Unit.Name, id, pair.Role, false, $"no contact on file: add one with PUT /api/units/{id}/contacts"),
        })];
    }

    private sealed record Choice(ChannelKind? Channel, string? Reason);

    /// <summary>The counts of one occurrence's audience and its first few recipients per language.</summary>
    private sealed class AudienceTally
    {
        public long Recipients { get; private set; }

        public long Unreachable { get; private set; }

        public SortedDictionary<string, long> ByRegion { get; } = new(StringComparer.Ordinal);

        public SortedDictionary<string, long> ByChannel { get; } = new(StringComparer.Ordinal);

        public SortedDictionary<string, long> Reasons { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<FanOutRecipient>> Samples { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, ChannelKind?> Planned { get; } = new(StringComparer.Ordinal);

        public void Add(FanOutRecipient recipient, string region, Choice choice)
        {
            Recipients++;
            Increment(ByRegion, region);
            if (choice.Channel is { } channel)
            {
                Increment(ByChannel, channel.ToString());
            }
            else
            {
                Unreachable++;
                Increment(Reasons, choice.Reason!);
            }

            var speakers = Samples.TryGetValue(recipient.Language, out var list) ? list : Samples[recipient.Language] = [];
            if (speakers.Count < SamplesPerLanguage)
            {
                speakers.Add(recipient);
                Planned[recipient.Id] = choice.Channel;
            }
        }

        private static void Increment(SortedDictionary<string, long> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
    }
}
