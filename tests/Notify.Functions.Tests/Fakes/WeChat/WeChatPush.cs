namespace Notify.Functions.Tests.Fakes.WeChat;

/// <summary>One event push as the Official Account platform sends it: the query string of the server URL and the XML body.</summary>
public sealed record WeChatPush(string Query, string Body)
{
    public string Url(string path = "/api/receipts/wechat") => $"{path}?{Query}";
}
