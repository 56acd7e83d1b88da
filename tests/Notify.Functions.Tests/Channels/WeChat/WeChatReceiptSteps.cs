using System.Globalization;
using System.Text;
using Notify.Core.Channels;
using Notify.Functions.Deliver;
using Notify.Functions.Tests.Fakes.WeChat;

namespace Notify.Functions.Tests.Channels.WeChat;

/// <summary>What the WeChat push tests share: a delivery WeChat accepted (with its msgid), and posting a push to the app.</summary>
internal static class WeChatReceiptSteps
{
    public static async Task<(string DeliveryId, string MsgId)> AcceptedDeliveryAsync(DeliveryLedger ledger)
    {
        var deliveryId = $"dlv-{Guid.NewGuid():N}";
        var msgId = Random.Shared.NextInt64(100_000_000, 999_999_999_999).ToString(CultureInfo.InvariantCulture);
        await ledger.CreateAsync(deliveryId, ChannelKind.WeChat, "resident-window-opening", 1, CancellationToken.None);
        await ledger.RecordSendAsync(deliveryId, ChannelKind.WeChat, new SendResult(SendOutcome.Accepted, msgId), CancellationToken.None);
        return (deliveryId, msgId);
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient http, WeChatPush push) =>
        http.PostAsync(push.Url(), new StringContent(push.Body, Encoding.UTF8, "text/xml"));
}
