using System.Xml;

namespace Notify.Storage.Http;

/// <summary>
/// One page of a Blob/Queue service listing (<c>&lt;EnumerationResults&gt;</c>): the item names and the
/// <c>NextMarker</c> to continue with (null on the last page).
/// </summary>
internal sealed class XmlEnumerationPage
{
    private XmlEnumerationPage(List<string> names, string? nextMarker)
    {
        Names = names;
        NextMarker = nextMarker;
    }

    public IReadOnlyList<string> Names { get; }

    public string? NextMarker { get; }

    public static XmlEnumerationPage Read(BinaryData content, string itemElement)
    {
        var names = new List<string>();
        string? nextMarker = null;
        var inItem = false;
        using var reader = XmlReader.Create(content.ToStream(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == itemElement)
            {
                inItem = !reader.IsEmptyElement;
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == itemElement)
            {
                inItem = false;
            }
            else if (reader.NodeType == XmlNodeType.Element && inItem && reader.LocalName == "Name")
            {
                names.Add(reader.ReadElementContentAsString());
                continue;
            }
            else if (reader.NodeType == XmlNodeType.Element && !inItem && reader.LocalName == "NextMarker")
            {
                var marker = reader.ReadElementContentAsString();
                nextMarker = string.IsNullOrEmpty(marker) ? null : marker;
                continue;
            }

            reader.Read();
        }

        return new XmlEnumerationPage(names, nextMarker);
    }
}
