using System.Globalization;
using System.Text.Json;
using Notify.Core.Channels;
using Notify.Core.Templates;
using Azure.Data.Tables;

namespace Notify.Functions.Channels.Sandbox;

/// <summary>
/// A channel that sends nothing: it records exactly what would have been sent in SandboxMessages
/// (partition = business day in Asia/Shanghai, row = delivery id, so a retry overwrites its own row) with the sender
/// it would have been sent as,
/// logs one line with the masked address and no text, and reports the message delivered.
/// </summary>
public sealed class SandboxChannel(ChannelKind kind, TableClient table, SandboxOptions options, SandboxSendLog sendLog, TimeProvider time, ILogger<SandboxChannel> logger) : IMessageChannel
{
    /// <summary>Table strings hold at most 64 KiB (32K UTF-16 characters).</summary>
    private const int MaxStringLength = 30_000;

    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public ChannelKind Kind => kind;

    public static string BusinessDay(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Shanghai).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = time.GetUtcNow();
        var entity = new TableEntity(BusinessDay(now), message.DeliveryId)
        {
            ["Channel"] = kind.ToString(),
            ["Address"] = message.Address,
            ["ContentType"] = message.Content.GetType().Name,
            ["Content"] = Limit(JsonSerializer.Serialize(message.Content, message.Content.GetType(), Json)),
            ["RecordedAt"] = now,
            ["Sender"] = message.Sender is null ? null : JsonSerializer.Serialize(message.Sender, Json),
        };
        var text = Text(message.Content);
        entity["Text"] = Limit(text);
        SmsSegments? segments = null;
        if (message.Content is SmsContent sms)
        {
            segments = SmsSegments.Count(sms.Body);
            entity["Segments"] = segments.Parts;
            entity["SmsEncoding"] = segments.Encoding.ToString();
            entity["SmsUnits"] = segments.Units;
        }

        if (message.Content is EmailContent email)
        {
            entity["Subject"] = Limit(email.Subject);
            entity["Html"] = Limit(email.Html);
        }

        if (options.RecordInTable)
        {
            await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        }

        sendLog.Append(message.DeliveryId, kind.ToString(), now);
        logger.LogDebug(
            "Sandbox {Channel}: delivery {DeliveryId} to {Address} recorded, {Characters} characters, {Segments} SMS segments, not sent",
            kind,
            message.DeliveryId,
            AddressMask.Mask(kind, message.Address),
            text.Length,
            segments?.Parts ?? 0);
        return new SendResult(SendOutcome.Delivered, ProviderMessageId: $"sandbox-{message.DeliveryId}", Reason: "Recorded in sandbox; not sent.");
    }

    private static string Text(MessageContent content) => content switch
    {
        SmsContent sms => sms.Body,
        EmailContent email => email.Text,
        WeComTextCardContent card => $"{card.Title}\n{card.Description}\n{card.ButtonText}: {card.Url}",
        WeChatTemplateContent template => string.Join('\n', template.Data.Select(pair => $"{pair.Key}: {pair.Value}"))
            + (template.Url is null ? "" : $"\n{template.Url}"),
        _ => "",
    };

    private static string Limit(string value) => value.Length <= MaxStringLength ? value : value[..MaxStringLength];
}
