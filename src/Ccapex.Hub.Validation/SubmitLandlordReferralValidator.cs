using System.Globalization;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Validation;

/// <summary>
/// The F18 rules (law of 6 July 1989, art. 24 II): the referral is a legal person's, a company's or a social
/// landlord's, named by its SIREN, and made on a day that has come. A private person or a family SCI owes none.
/// </summary>
public sealed class SubmitLandlordReferralValidator(TimeProvider timeProvider) : IMessageValidator<SubmitLandlordReferral>
{
    public IReadOnlyList<FieldError> Validate(SubmitLandlordReferral message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var errors = new FieldErrorList();
        if (message.Landlord.Kind == LandlordKind.PrivatePerson)
        {
            errors.Add("landlord.kind", "landlord.not_a_legal_person",
                "Only a landlord that is a legal person (Company or SocialLandlord) refers a household before assigning it; a private person or a family SCI does not.");
        }

        if (errors.Required(message.Landlord.Siren, "landlord.siren", "siren.required", "The landlord's SIREN"))
        {
            errors.Digits(message.Landlord.Siren!, 9, 9, "landlord.siren", "siren.invalid", "The landlord's SIREN");
        }

        var today = ParisTime.DateOf(timeProvider.GetUtcNow());
        if (message.ReferredOn > today)
        {
            errors.Add("referredOn", "referred_on.in_future",
                $"The referral date {message.ReferredOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} is after today ({today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}).");
        }

        if (message.ArrearsAmount.Amount <= 0)
        {
            errors.Add("arrearsAmount", "arrears_amount.not_positive", "A referral for arrears names a positive amount of arrears.");
        }

        return errors.Errors;
    }
}
