namespace Notify.Functions.Units;

/// <summary>The answer to a contact read or change: the contact, an unknown unit, no contacts yet, or validation errors.</summary>
public sealed record UnitContactOutcome(UnitContact? Contact, string? UnknownUnitId, IDictionary<string, string[]>? Errors)
{
    public static UnitContactOutcome Found(UnitContact contact) => new(contact, null, null);

    public static UnitContactOutcome UnknownUnit(string unitId) => new(null, unitId, null);

    public static UnitContactOutcome NoContacts() => new(null, null, null);

    public static UnitContactOutcome Invalid(IDictionary<string, string[]> errors) => new(null, null, errors);

    public IResult ToResult() => this switch
    {
        { Contact: { } contact } => Results.Ok(contact),
        { Errors: { } errors } => Results.ValidationProblem(errors, title: "The contacts are not valid"),
        { UnknownUnitId: { } unitId } => Results.Problem(
            statusCode: StatusCodes.Status404NotFound, title: "No such unit", detail: $"There is no unit '{unitId}' in the unit directory."),
        _ => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No contacts", detail: "This unit has no contacts yet."),
    };
}
