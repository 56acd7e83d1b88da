using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;
using Notify.Storage.Authentication;

namespace Notify.Storage.Tests.Authentication;

/// <summary>
/// Hand-computed vectors: the strings follow PROTOCOLS §2.4/§3.6 line by line, and the signatures were computed
/// independently (Python hmac/hashlib) with Azurite's well-known devstoreaccount1 key.
/// </summary>
public sealed class SharedKeyPolicyTests
{
    private const string Account = "devstoreaccount1";
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private const string Date = "Sun, 22 Nov 2026 08:00:00 GMT";

    [Fact]
    public void BuildStringToSign_PutMessageOnPathStyleQueue_MatchesHandComputedVector()
    {
        var request = CreateRequest(RequestMethod.Post, "http://127.0.0.1:10001/devstoreaccount1/orders/messages?visibilitytimeout=10&messagettl=-1");
        request.Headers.SetValue("x-ms-client-request-id", "req-1");
        request.Headers.SetValue("Content-Type", "application/xml");
        request.Content = RequestContent.Create(Encoding.UTF8.GetBytes("<QueueMessage><MessageText>aGk=</MessageText></QueueMessage>"));

        var stringToSign = SharedKeyPolicy.BuildStringToSign(request, Account);

        Assert.Equal(
            "POST\n" + "\n" + "\n" + "60\n" + "\n" + "application/xml\n" + "\n" + "\n" + "\n" + "\n" + "\n" + "\n"
            + "x-ms-client-request-id:req-1\n" + $"x-ms-date:{Date}\n" + "x-ms-version:2025-01-05\n"
            + "/devstoreaccount1/devstoreaccount1/orders/messages\n" + "messagettl:-1\n" + "visibilitytimeout:10",
            stringToSign);
        Assert.Equal("SharedKey devstoreaccount1:ZjaqZMBmRNNQn0QsffCFSNMt328ozGk6c+4To5q7Jsw=", Sign(new SharedKeyPolicy(Credential()), request));
    }

    [Fact]
    public void BuildStringToSign_EncodedPopReceipt_SignsTheDecodedValueAndEmptyContentLength()
    {
        var request = CreateRequest(RequestMethod.Delete, "http://127.0.0.1:10001/devstoreaccount1/orders/messages/7f1c?popreceipt=AgAAAA%2BZ%2F%3D");

        var stringToSign = SharedKeyPolicy.BuildStringToSign(request, Account);

        Assert.Equal(
            "DELETE\n\n\n\n\n\n\n\n\n\n\n\n" + $"x-ms-date:{Date}\n" + "x-ms-version:2025-01-05\n"
            + "/devstoreaccount1/devstoreaccount1/orders/messages/7f1c\n" + "popreceipt:AgAAAA+Z/=",
            stringToSign);
        Assert.Equal("SharedKey devstoreaccount1:qdgQXINuxWtYeNygK8SZvw2Lg6mOOs7GFnXnf9l6Liw=", Sign(new SharedKeyPolicy(Credential()), request));
    }

    [Fact]
    public void BuildStringToSign_TableEntityWithChineseKey_UsesDateAndPercentEncodedPath()
    {
        var request = CreateRequest(
            RequestMethod.Get, "http://127.0.0.1:10002/devstoreaccount1/Notif(PartitionKey='%E5%8C%85%E5%A4%B4',RowKey='r%271%27')?$select=A");

        var stringToSign = SharedKeyLitePolicy.BuildStringToSign(request, Account);

        Assert.Equal(
            $"{Date}\n/devstoreaccount1/devstoreaccount1/Notif(PartitionKey='%E5%8C%85%E5%A4%B4',RowKey='r%271%27')", stringToSign);
        Assert.Equal("SharedKeyLite devstoreaccount1:Kz6qyU/tB00pQadLi+RobppSIh5ebnvgy0IFjgZ7O2k=", Sign(new SharedKeyLitePolicy(Credential()), request));
    }

    [Fact]
    public void StorageSharedKeyCredential_KeyNotBase64_ThrowsFormatExceptionWithoutTheKey()
    {
        var error = Assert.Throws<FormatException>(() => new StorageSharedKeyCredential(Account, "secret!!not-base64"));

        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    private static StorageSharedKeyCredential Credential() => new(Account, Key);

    private static Request CreateRequest(RequestMethod method, string uri)
    {
        var request = new HttpClientTransport().CreateRequest();
        request.Method = method;
        request.Uri.Reset(new Uri(uri));
        request.Headers.SetValue("x-ms-date", Date);
        request.Headers.SetValue("x-ms-version", "2025-01-05");
        return request;
    }

    private static string Sign(HttpPipelineSynchronousPolicy policy, Request request)
    {
        using var message = new HttpMessage(request, new ResponseClassifier());
        policy.OnSendingRequest(message);
        return request.Headers.TryGetValue("Authorization", out var value) ? value : string.Empty;
    }
}
