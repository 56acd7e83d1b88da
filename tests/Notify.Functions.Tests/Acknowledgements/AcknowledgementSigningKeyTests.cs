using Notify.Functions.Acknowledgements;
using Notify.Functions.Storage;
using Notify.Functions.Tests.Support;
using Notify.Testing;

namespace Notify.Functions.Tests.Acknowledgements;

[Collection(AppCollection.Name)]
public sealed class AcknowledgementSigningKeyTests
{
    [Fact]
    public async Task GetAsync_NoConfiguredKey_EveryInstanceSharesTheStoredKey()
    {
        await TestAccount.Clients.GetTableClient(Tables.Acknowledgements).CreateIfNotExistsAsync();
        var first = new AcknowledgementSigningKey(TestAccount.Clients, configuredKey: null);
        var second = new AcknowledgementSigningKey(TestAccount.Clients, configuredKey: null);

        var keys = await Task.WhenAll(first.GetAsync(CancellationToken.None).AsTask(), second.GetAsync(CancellationToken.None).AsTask());

        Assert.Equal(AcknowledgementSigningKey.KeyBytes, keys[0].Length);
        Assert.Equal(keys[0], keys[1]);
        Assert.Equal(keys[0], new AcknowledgementSigningKey(TestAccount.Clients, null).Get());
    }
}
