namespace Notify.Functions.Review;

/// <summary>
/// A message rendered for one sample recipient through the active template: <see cref="Content"/> is the channel's
/// content (SMS body, email subject and bodies …). <see cref="Planned"/> is true on the channel the recipient would get.
/// </summary>
public sealed record SampleMessage(string RecipientId, string Language, string Locale, string Channel, bool Planned, object Content);
