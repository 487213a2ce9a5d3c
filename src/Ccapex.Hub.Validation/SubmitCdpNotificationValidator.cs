using System.Globalization;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Validation;

/// <summary>
/// The F1 rules a CDP notification must meet before the hub opens a dossier. Field names are the
/// camelCase JSON paths partners see in their own payload; codes are stable, messages are for people.
/// </summary>
public sealed class SubmitCdpNotificationValidator(TimeProvider timeProvider) : IMessageValidator<SubmitCdpNotification>
{
    public const int MaxActReferenceLength = 64;
    public const int MaxHouseholdSize = 30;
    public const int MaxArrearsMonths = 240;
    public const int MaxCafAllocataireNumberLength = 13;

    /// <summary>Electronic CDP notification did not exist before; an older date is a typo, not a case.</summary>
    public static readonly DateOnly EarliestDeliveredOn = new(2000, 1, 1);

    public IReadOnlyList<FieldError> Validate(SubmitCdpNotification message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var errors = new FieldErrorList();

        // Charter actions 11 and 17: only the bailiffs' chamber serves and notifies CDPs.
        if (message.Sender.Role != PartnerCode.Huissiers)
        {
            errors.Add("sender", "sender.not_allowed", $"Only {PartnerCode.Huissiers} may notify a CDP; got '{message.Sender}'.");
        }

        if (errors.Required(message.ActReference, "actReference", "act_reference.required", "The act reference")
            && message.ActReference.Length > MaxActReferenceLength)
        {
            errors.Add("actReference", "act_reference.too_long", $"The act reference has at most {MaxActReferenceLength} characters; got {message.ActReference.Length}.");
        }

        errors.Required(message.BailiffOffice.OfficeCode, "bailiffOffice.officeCode", "office_code.required", "The bailiff office code");
        errors.Required(message.BailiffOffice.Name, "bailiffOffice.name", "office_name.required", "The bailiff office name");
        ValidateDeliveredOn(message.DeliveredOn, errors);
        ValidateLandlord(message.Landlord, errors);
        ValidateHousehold(message.Household, errors);
        ValidateAmounts(message, errors);

        if (message.CafAllocataireNumber is { } caf)
        {
            errors.Digits(caf, 1, MaxCafAllocataireNumberLength, "cafAllocataireNumber", "caf_allocataire_number.invalid", "The CAF allocataire number");
        }

        return errors.Errors;
    }

    private void ValidateDeliveredOn(DateOnly deliveredOn, FieldErrorList errors)
    {
        // The local calendar date, Paris time: an act served this evening is not "in the future" at 23:30 UTC.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), ParisTime.Zone).DateTime);
        if (deliveredOn > today)
        {
            errors.Add("deliveredOn", "delivered_on.in_future", $"The delivery date {Format(deliveredOn)} is after today ({Format(today)}).");
        }
        else if (deliveredOn < EarliestDeliveredOn)
        {
            errors.Add("deliveredOn", "delivered_on.too_old", $"The delivery date {Format(deliveredOn)} is before {Format(EarliestDeliveredOn)}.");
        }
    }

    private static void ValidateLandlord(Landlord landlord, FieldErrorList errors)
    {
        errors.Required(landlord.Name, "landlord.name", "landlord_name.required", "The landlord's name");
        if (landlord.Siren is { } siren)
        {
            errors.Digits(siren, 9, 9, "landlord.siren", "siren.invalid", "The SIREN");
        }
    }

    private static void ValidateHousehold(Household household, FieldErrorList errors)
    {
        if (household.Tenants is not { Count: > 0 } tenants)
        {
            errors.Add("household.tenants", "tenants.required", "At least one tenant is required.");
        }
        else
        {
            for (var i = 0; i < tenants.Count; i++)
            {
                var path = $"household.tenants[{i}]";
                errors.Required(tenants[i].LastName, $"{path}.lastName", "tenant_name.required", "The tenant's last name");
                errors.Required(tenants[i].FirstName, $"{path}.firstName", "tenant_name.required", "The tenant's first name");
            }
        }

        var postalCode = household.Address.PostalCode;
        if (errors.Required(postalCode, "household.address.postalCode", "postal_code.invalid", "The postcode"))
        {
            errors.Digits(postalCode, 5, 5, "household.address.postalCode", "postal_code.invalid", "The postcode");
        }

        if (household.Size is < 1 or > MaxHouseholdSize)
        {
            errors.Add("household.size", "household_size.out_of_range", $"The household size must be 1 to {MaxHouseholdSize}; got {household.Size}.");
        }
    }

    private static void ValidateAmounts(SubmitCdpNotification message, FieldErrorList errors)
    {
        if (message.MonthlyRent <= Euros.Zero)
        {
            errors.Add("monthlyRent", "monthly_rent.not_positive", $"The monthly rent must be more than zero; got {message.MonthlyRent}.");
        }

        if (message.MonthlyCharges < Euros.Zero)
        {
            errors.Add("monthlyCharges", "monthly_charges.negative", $"The monthly charges cannot be negative; got {message.MonthlyCharges}.");
        }

        if (message.ArrearsAmount < Euros.Zero)
        {
            errors.Add("arrearsAmount", "arrears_amount.negative", $"The arrears cannot be negative; got {message.ArrearsAmount}.");
        }

        if (message.ArrearsMonths is < 0 or > MaxArrearsMonths)
        {
            errors.Add("arrearsMonths", "arrears_months.out_of_range", $"The months of arrears must be 0 to {MaxArrearsMonths}; got {message.ArrearsMonths}.");
        }
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
