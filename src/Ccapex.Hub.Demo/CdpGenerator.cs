using System.Globalization;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Demo;

/// <summary>
/// CDP forms that look like a Paris bailiff office's: households, streets and landlords drawn from short lists
/// with a seeded random, rents and arrears in plausible ranges, one landlord in four a social landlord, and
/// now and then a debt under the legal threshold. Act references are unique per run.
/// </summary>
internal sealed class CdpGenerator(int seed, TimeProvider clock)
{
    private static readonly string[] LastNames =
        ["Benali", "Martin", "Traoré", "Nguyen", "Lefebvre", "Diallo", "Moreau", "Haddad", "Petit", "Kone", "Rousseau", "Fernandes", "Girard", "Mendy", "Bernard", "Cissé"];

    private static readonly string[] FirstNames =
        ["Karima", "Sophie", "Mamadou", "Linh", "Julien", "Aïssata", "Claire", "Nadia", "Thomas", "Fatou", "Élodie", "Paulo", "Camille", "Ibrahima", "Inès", "Lucas"];

    private static readonly (string Street, string PostalCode)[] Streets =
    [
        ("14 rue Ordener", "75018"), ("3 rue de Tanger", "75019"), ("27 boulevard de Belleville", "75020"), ("8 rue des Poissonniers", "75018"),
        ("112 avenue de Flandre", "75019"), ("45 rue de la Roquette", "75011"), ("6 rue Curial", "75019"), ("19 rue des Pyrénées", "75020"),
        ("71 rue de Charenton", "75012"), ("2 rue Championnet", "75018"), ("38 rue de Tolbiac", "75013"), ("10 rue Sorbier", "75020"),
    ];

    private static readonly Landlord[] Landlords =
    [
        new() { Kind = LandlordKind.PrivatePerson, Name = "Jean-Pierre Durand", Address = new() { Street = "8 avenue de Villiers", PostalCode = "75017", City = "Paris" } },
        new() { Kind = LandlordKind.PrivatePerson, Name = "Monique Garnier", Address = new() { Street = "22 rue de Passy", PostalCode = "75016", City = "Paris" } },
        new() { Kind = LandlordKind.PrivatePerson, Name = "SCI Les Lilas", Siren = "512345678" },
    ];

    /// <summary>The two social landlords of the rules' members (ADR 0014): each must hear only of its own tenants.</summary>
    private static readonly Landlord[] SocialLandlords =
    [
        new() { Kind = LandlordKind.SocialLandlord, Name = "Paris Habitat", Siren = "344810825" },
        new() { Kind = LandlordKind.SocialLandlord, Name = "RIVP", Siren = "552032708" },
    ];

    private static readonly BailiffOffice[] Offices =
    [
        new() { Name = "SCP Lefèvre et Rousseau, commissaires de justice", OfficeCode = "CJ75-0412", Email = "etude@lefevre-rousseau.example" },
        new() { Name = "Maître Anne Caron, commissaire de justice", OfficeCode = "CJ75-0877", Email = "contact@caron-cj.example" },
    ];

    private readonly Random _random = new(seed);
    private readonly string _run = clock.GetUtcNow().ToString("MMddHHmmss", CultureInfo.InvariantCulture);
    private int _count;

    public SubmitCdpNotification Next()
    {
        var number = Interlocked.Increment(ref _count);
        var lastName = Pick(LastNames);
        var tenants = new List<PersonName> { new() { LastName = lastName, FirstName = Pick(FirstNames) } };
        if (_random.Next(3) == 0)
        {
            tenants.Add(new() { LastName = lastName, FirstName = Pick(FirstNames) });
        }

        var (street, postalCode) = Pick(Streets);
        var rent = Math.Round(450m + (decimal)_random.Next(0, 900), 0);
        var charges = Math.Round(rent * 0.12m, 2);

        // One CDP in six is under the threshold (under two months and under twice the rent): recorded, not required.
        var months = _random.Next(6) == 0 ? 1 : _random.Next(2, 9);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return new SubmitCdpNotification
        {
            MessageId = Guid.NewGuid(),
            SentAt = now,
            Sender = PartnerCode.Huissiers,
            ActReference = $"CDP-DEMO-{_run}-{number:D4}",
            BailiffOffice = Pick(Offices),
            DeliveredOn = today.AddDays(-_random.Next(1, 5)),
            // Every other CDP is a social landlord's, in turn, so that both landlords appear within the first four.
            Landlord = number % 2 == 1 ? SocialLandlords[number / 2 % SocialLandlords.Length] : Pick(Landlords),
            Household = new Household
            {
                Tenants = tenants,
                Address = new PostalAddress { Street = $"{street}, esc. {(char)('A' + _random.Next(4))}", PostalCode = postalCode, City = "Paris" },
                Size = tenants.Count + _random.Next(0, 4),
            },
            MonthlyRent = new(rent),
            MonthlyCharges = new(charges),
            ArrearsAmount = new((rent + charges) * months),
            ArrearsMonths = months,
            HousingBenefit = _random.Next(3) == 0 ? HousingBenefitStatus.Received : HousingBenefitStatus.NotReceived,
            CafAllocataireNumber = _random.Next(2) == 0 ? _random.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture) : null,
        };
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
