using System.Xml;
using System.Xml.Linq;

namespace Notify.Functions.Receipts.WeChat;

/// <summary>Reads plain-text (明文) mode event pushes. No DTDs, no external entities.</summary>
public static class WeChatEventXml
{
    public const string TemplateSendJobFinish = "TEMPLATESENDJOBFINISH";

    /// <summary>The template job event in <paramref name="xml"/>; null for any other message or event, or XML that does not parse.</summary>
    public static TemplateSendJobFinished? ReadTemplateJobFinished(string xml)
    {
        XElement root;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            root = XElement.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }

        var isEvent = string.Equals((string?)root.Element("MsgType"), "event", StringComparison.OrdinalIgnoreCase)
            && string.Equals((string?)root.Element("Event"), TemplateSendJobFinish, StringComparison.OrdinalIgnoreCase);
        var msgId = ((string?)root.Element("MsgID") ?? (string?)root.Element("MsgId"))?.Trim();
        if (!isEvent || string.IsNullOrEmpty(msgId))
        {
            return null;
        }

        root.Element("FromUserName")?.Remove();
        return new TemplateSendJobFinished(msgId, ((string?)root.Element("Status"))?.Trim() ?? "", root.ToString(SaveOptions.DisableFormatting));
    }
}
