using Ccapex.Hub.Contracts;
using Ccapex.Hub.Routing.Intake;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>The documented matching keys: spelling variants of the same household meet in one dossier.</summary>
public sealed class When_matching_a_household_to_its_dossier
{
    [Test]
    public void Should_ignore_accents_case_and_punctuation()
    {
        var a = Referral("Lefèvre-Œuvray", "12, rue de l'Église");
        var b = Referral("LEFEVRE OEUVRAY", "12 RUE DE L EGLISE");

        Assert.That(DossierMatchKeys.For(a).Keys, Is.EqualTo(DossierMatchKeys.For(b).Keys));
    }

    [Test]
    public void Should_key_first_on_the_cdp_act_then_on_the_household()
    {
        var keys = DossierMatchKeys.For(Referral("Benali", "14 rue Ordener") with { CdpActReference = "cdp-2025/000233" }).Keys;

        Assert.That(keys, Is.EqualTo(new[] { "cdp:CDP 2025 000233", "household:BENALI|75018|14 RUE ORDENER" }));
    }

    [Test]
    public void Should_tell_two_households_at_the_same_address_apart()
    {
        Assert.That(DossierMatchKeys.For(Referral("Benali", "14 rue Ordener")).Keys,
            Is.Not.EqualTo(DossierMatchKeys.For(Referral("Martin", "14 rue Ordener")).Keys));
    }

    private static SubmitComedReferral Referral(string lastName, string street) =>
        SampleMessages.SubmitComedReferral() with
        {
            CdpActReference = null,
            Household = SampleMessages.Household() with
            {
                Tenants = [new PersonName { LastName = lastName, FirstName = "Samia" }],
                Address = SampleMessages.HouseholdAddress() with { Street = street, PostalCode = "75018" },
            },
        };
}
