using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Host.Tests;

/// <summary>Variations on <see cref="SampleMessages.SubmitCdpNotification"/> for the rule under test.</summary>
internal static class CdpSample
{
    /// <summary>"Today" for the validator tests: a week after the sample's CDP was served.</summary>
    public static readonly DateTimeOffset Now = new(2025, 1, 20, 10, 0, 0, TimeSpan.Zero);

    public static SubmitCdpNotification Valid() => SampleMessages.SubmitCdpNotification();

    /// <summary>
    /// A valid notification with a fresh message id, act reference and household, so that each end-to-end
    /// test has its own dossier (the hub matches a household by its tenants' names and address too).
    /// </summary>
    public static SubmitCdpNotification Unique()
    {
        var valid = Valid();
        var tenant = $"Test{Guid.NewGuid():N}"[..16];
        return valid with
        {
            MessageId = Guid.NewGuid(),
            SentAt = DateTimeOffset.UtcNow,
            ActReference = $"CDP-TEST-{Guid.NewGuid():N}"[..24],
            DeliveredOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)),
            Household = valid.Household with { Tenants = [new PersonName { LastName = tenant, FirstName = "Karima" }] },
        };
    }

    public static SubmitCdpNotification WithOffice(Func<BailiffOffice, BailiffOffice> change)
    {
        var valid = Valid();
        return valid with { BailiffOffice = change(valid.BailiffOffice) };
    }

    public static SubmitCdpNotification WithLandlord(Func<Landlord, Landlord> change)
    {
        var valid = Valid();
        return valid with { Landlord = change(valid.Landlord) };
    }

    public static SubmitCdpNotification WithHousehold(Func<Household, Household> change)
    {
        var valid = Valid();
        return valid with { Household = change(valid.Household) };
    }

    public static SubmitCdpNotification WithPostalCode(string postalCode) =>
        WithHousehold(h => h with { Address = h.Address with { PostalCode = postalCode } });

    /// <summary>An amount test: the given arrears for the sample's rent of 850.00 (charges 120.50).</summary>
    public static SubmitCdpNotification WithArrears(int months, decimal amount, LandlordKind landlord = LandlordKind.PrivatePerson) =>
        WithLandlord(l => l with { Kind = landlord }) with { ArrearsMonths = months, ArrearsAmount = new Euros(amount) };
}
