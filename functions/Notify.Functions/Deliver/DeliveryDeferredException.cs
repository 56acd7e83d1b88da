namespace Notify.Functions.Deliver;

/// <summary>Some recipients of a batch hit a temporary failure: the queue retries the batch, which sends to them alone.</summary>
public sealed class DeliveryDeferredException : Exception
{
    public DeliveryDeferredException()
    {
    }

    public DeliveryDeferredException(string message)
        : base(message)
    {
    }

    public DeliveryDeferredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
