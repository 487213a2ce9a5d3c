namespace Ccapex.Hub.Partners.Tests;

/// <summary>Listing lines and listings for the unit tests: a household of 970.50 EUR a month (rent and charges).</summary>
internal static class Listings
{
    public static CafListingLine Line(decimal arrears = 1941.00m, string? number = "7512345", string lastName = "Benali", string firstName = "Karima") => new()
    {
        DossierId = Guid.NewGuid(),
        Tenants = [new PersonName { LastName = lastName, FirstName = firstName }],
        Address = new PostalAddress { Street = "14 rue Ordener", PostalCode = "75018", City = "Paris" },
        HouseholdSize = 3,
        CafAllocataireNumber = number,
        MonthlyRent = new Euros(850.00m),
        MonthlyCharges = new Euros(120.50m),
        ArrearsAmount = new Euros(arrears),
        HousingBenefit = HousingBenefitStatus.Received,
        CdpDeliveredOn = new DateOnly(2025, 1, 13),
    };
}
