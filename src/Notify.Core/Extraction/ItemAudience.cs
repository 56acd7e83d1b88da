namespace Notify.Core.Extraction;

/// <summary>Who an item's notices go to: responsible units (task nudges) or residents (reminders).</summary>
public enum ItemAudience
{
    Units,
    Residents,
}
