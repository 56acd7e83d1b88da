namespace Notify.Storage.Tables;

/// <summary>How an update or upsert treats properties the entity does not carry.</summary>
public enum TableUpdateMode
{
    /// <summary>The stored entity becomes exactly this entity (absent properties are removed).</summary>
    Replace,

    /// <summary>Properties of this entity are written; other stored properties are kept.</summary>
    Merge,
}
