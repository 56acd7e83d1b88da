using System.Xml;
using System.Xml.Linq;

namespace Notify.Functions.Receipts.WeChat;

/// <summary>Reads event pushes: the envelope's Encrypt text (safe and compatible mode) and the event inside. No DTDs, no external entities.</summary>
public static class WeChatEventXml
{
    public const string TemplateSendJobFinish = "TEMPLATESENDJOBFINISH";

    /// <summary>The Encrypt text of a safe- or compatible-mode push; null for a plain push or XML that does not parse.</summary>
    public static string? ReadEncrypt(string xml) =>
        Load(xml) is { } root && ((string?)root.Element("Encrypt"))?.Trim() is { Length: > 0 } encrypted ? encrypted : null;

    /// <summary>The template job event in <paramref name="xml"/>; null for any other message or event, or XML that does not parse.</summary>
    public static TemplateSendJobFinished? ReadTemplateJobFinished(string xml)
    {
        if (Load(xml) is not { } root)
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

    private static XElement? Load(string xml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return XElement.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
