using System.Text.Json;

namespace Notify.Storage.Tables;

/// <summary>OData type names for the <c>@odata.type</c> annotations the Table service uses.</summary>
internal static class EdmType
{
    public const string AnnotationSuffix = "@odata.type";
    public const string String = "Edm.String";
    public const string Int32 = "Edm.Int32";
    public const string Int64 = "Edm.Int64";
    public const string Double = "Edm.Double";
    public const string Boolean = "Edm.Boolean";
    public const string DateTime = "Edm.DateTime";
    public const string Guid = "Edm.Guid";
    public const string Binary = "Edm.Binary";

    public static readonly JsonEncodedText Int64Text = JsonEncodedText.Encode(Int64);
    public static readonly JsonEncodedText DoubleText = JsonEncodedText.Encode(Double);
    public static readonly JsonEncodedText DateTimeText = JsonEncodedText.Encode(DateTime);
    public static readonly JsonEncodedText GuidText = JsonEncodedText.Encode(Guid);
    public static readonly JsonEncodedText BinaryText = JsonEncodedText.Encode(Binary);
}
