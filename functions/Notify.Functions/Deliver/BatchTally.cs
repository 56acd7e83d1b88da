using Notify.Functions.FanOut;

namespace Notify.Functions.Deliver;

/// <summary>Counts what a batch did with its recipients, by delivery status.</summary>
public sealed class BatchTally
{
    private int _sent;
    private int _delivered;
    private int _failed;
    private int _suppressed;
    private int _cancelled;
    private int _ownedElsewhere;
    private readonly Dictionary<string, int> _reasons = new(StringComparer.Ordinal);

    /// <summary>Recipients waiting for another attempt: not counted yet, the batch that tries them counts them.</summary>
    public int Deferred { get; private set; }

    public void Defer() => Deferred++;

    /// <summary>Counts one recipient; <paramref name="reason"/> says why one was not reached (failed, suppressed, deferred).</summary>
    public void Count(DeliveryStatus? status, bool ownedElsewhere, string? reason = null)
    {
        if (reason is not null && !ownedElsewhere)
        {
            _reasons[reason] = _reasons.GetValueOrDefault(reason) + 1;
        }

        if (ownedElsewhere)
        {
            _ownedElsewhere++;
            return;
        }

        switch (status)
        {
            case DeliveryStatus.Sending:
                _sent++;
                break;
            case DeliveryStatus.Delivered:
                _delivered++;
                break;
            case DeliveryStatus.Suppressed:
                _suppressed++;
                break;
            case DeliveryStatus.Cancelled:
                _cancelled++;
                break;
            case DeliveryStatus.TemporaryFailure or DeliveryStatus.TechnicalFailure:
                Deferred++;
                break;
            default:
                _failed++;
                break;
        }
    }

    public BatchCounts ToCounts(int recipients) => new(recipients, _sent, _delivered, _failed, _suppressed, _cancelled, _ownedElsewhere, _reasons);
}
