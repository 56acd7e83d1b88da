using System.Globalization;
using System.Xml;

namespace Notify.Storage.Queues;

/// <summary>Reads <c>&lt;QueueMessagesList&gt;</c> responses of Put, Get and Peek Messages.</summary>
internal static class QueueMessageListReader
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit };

    public static List<Entry> Read(BinaryData content)
    {
        var entries = new List<Entry>();
        using var reader = XmlReader.Create(content.ToStream(), Settings);
        reader.MoveToContent();
        Entry? current = null;
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (reader.LocalName == "QueueMessage")
                {
                    current = new Entry();
                    entries.Add(current);
                }
                else if (current is not null && ReadField(reader, current))
                {
                    // ReadElementContentAsString already moved past the element.
                    continue;
                }
            }

            reader.Read();
        }

        return entries;
    }

    public static DateTimeOffset ParseTime(string? value) =>
        string.IsNullOrEmpty(value)
            ? default
            : DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static bool ReadField(XmlReader reader, Entry entry)
    {
        switch (reader.LocalName)
        {
            case "MessageId":
                entry.MessageId = reader.ReadElementContentAsString();
                return true;
            case "PopReceipt":
                entry.PopReceipt = reader.ReadElementContentAsString();
                return true;
            case "MessageText":
                entry.MessageText = reader.ReadElementContentAsString();
                return true;
            case "DequeueCount":
                entry.DequeueCount = long.Parse(reader.ReadElementContentAsString(), CultureInfo.InvariantCulture);
                return true;
            case "InsertionTime":
                entry.InsertionTime = ParseTime(reader.ReadElementContentAsString());
                return true;
            case "ExpirationTime":
                entry.ExpirationTime = ParseTime(reader.ReadElementContentAsString());
                return true;
            case "TimeNextVisible":
                entry.NextVisibleOn = ParseTime(reader.ReadElementContentAsString());
                return true;
            default:
                return false;
        }
    }

    internal sealed class Entry
    {
        public string MessageId { get; set; } = string.Empty;

        public string PopReceipt { get; set; } = string.Empty;

        public string MessageText { get; set; } = string.Empty;

        public long DequeueCount { get; set; }

        public DateTimeOffset InsertionTime { get; set; }

        public DateTimeOffset ExpirationTime { get; set; }

        public DateTimeOffset NextVisibleOn { get; set; }
    }
}
