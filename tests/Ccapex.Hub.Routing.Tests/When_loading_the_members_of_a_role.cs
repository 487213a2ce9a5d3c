using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.SchemaExport;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>
/// The organisations that connect one by one are data (ADR 0014): the rules' "members". The loader refuses a member
/// of an unknown role, one listed twice, a SIREN or an office owned twice, and a member where the rules name roles.
/// </summary>
public sealed class When_loading_the_members_of_a_role
{
    private const string Members = """
        "members": [
            { "code": "BAILLEUR_SOCIAL.PARIS_HABITAT", "name": "Paris Habitat", "landlordSirens": ["344810825"] },
            { "code": "BAILLEUR_SOCIAL.RIVP", "name": "Régie immobilière de la Ville de Paris", "landlordSirens": ["552032708"] }
          ],
        """;

    [Test]
    public void Should_give_each_member_an_identity_and_none_to_its_role()
    {
        var rules = CharterRulesLoader.LoadEmbedded();

        Assert.Multiple(() =>
        {
            Assert.That(rules.Partners, Does.Contain(SampleMessages.ParisHabitat).And.Contain(SampleMessages.Rivp).And.Not.Contain(PartnerCode.BailleurSocial));
            Assert.That(rules.Roles, Does.Contain(PartnerCode.BailleurSocial));
            Assert.That(rules.IsIdentity(SampleMessages.ParisHabitat), Is.True);
            Assert.That(rules.IsIdentity(PartnerCode.BailleurSocial), Is.False);
            Assert.That(rules.IsIdentity(PartnerCode.Parse("BAILLEUR_SOCIAL.ELOGIE_SIEMP")), Is.False);
            Assert.That(rules.IsIdentity(PartnerCode.Huissiers), Is.True);
            Assert.That(rules.MemberOf(SampleMessages.ParisHabitat)!.LandlordSirens, Is.EquivalentTo(new[] { "344810825" }));
            Assert.That(rules.PublisherOf("ccapex.partner.bailleur-social.rivp"), Is.EqualTo(SampleMessages.Rivp));
            Assert.That(rules.PublisherOf("ccapex.partner.bailleur-social"), Is.Null);
        });
    }

    [TestCase("\"NOTAIRES.PARIS\"", "is no member code")]
    [TestCase("\"BAILLEUR_SOCIAL\"", "is no member code")]
    [TestCase("\"BAILLEUR_SOCIAL.paris\"", "is no member code")]
    public void Should_refuse_a_member_code_that_names_no_known_role(string code, string expected)
    {
        var json = WithMembers($$"""
            "members": [ { "code": {{code}}, "name": "X" } ],
            """);

        var error = Assert.Throws<CharterRulesException>(() => CharterRulesLoader.Parse(json, "rules.json"))!;
        Assert.That(error.Errors, Has.Some.Contains(expected).And.Some.Contains("(at members[0].code)"));
    }

    [Test]
    public void Should_refuse_a_member_listed_twice_and_a_siren_owned_twice()
    {
        var json = WithMembers("""
            "members": [
                { "code": "BAILLEUR_SOCIAL.PARIS_HABITAT", "name": "Paris Habitat", "landlordSirens": ["344810825"] },
                { "code": "BAILLEUR_SOCIAL.PARIS_HABITAT", "name": "Paris Habitat bis" },
                { "code": "BAILLEUR_SOCIAL.RIVP", "name": "RIVP", "landlordSirens": ["344810825", "12345"] }
              ],
            """);

        var error = Assert.Throws<CharterRulesException>(() => CharterRulesLoader.Parse(json, "rules.json"))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.Errors, Has.Some.Contains("member BAILLEUR_SOCIAL.PARIS_HABITAT is listed twice"));
            Assert.That(error.Errors, Has.Some.Contains("SIREN 344810825 already belongs to BAILLEUR_SOCIAL.PARIS_HABITAT"));
            Assert.That(error.Errors, Has.Some.Contains("'12345' is no SIREN"));
        });
    }

    [Test]
    public void Should_refuse_a_member_where_the_rules_name_roles()
    {
        var json = WithMembers(Members).Replace("\"senders\": [\"BDF\"]", "\"senders\": [\"BDF.PARIS\"]", StringComparison.Ordinal);

        var error = Assert.Throws<CharterRulesException>(() => CharterRulesLoader.Parse(json, "rules.json"))!;
        Assert.That(error.Errors, Has.Some.Contains("'BDF.PARIS' is a member: the rules name roles"));
    }

    [Test]
    public void Should_give_a_role_without_members_its_own_identity()
    {
        var json = WithMembers(string.Empty);

        var rules = CharterRulesLoader.Parse(json, "rules.json");
        Assert.Multiple(() =>
        {
            Assert.That(rules.Members, Is.Empty);
            Assert.That(rules.Partners, Does.Contain(PartnerCode.BailleurSocial));
            Assert.That(rules.IsIdentity(PartnerCode.BailleurSocial), Is.True);
        });
    }

    /// <summary>The shipped rules with their "members" replaced.</summary>
    private static string WithMembers(string members)
    {
        var shipped = File.ReadAllText(Path.Combine(RepositoryRoot.Find(TestContext.CurrentContext.TestDirectory), "contracts", "charter", "charter-rules.json"));
        var start = shipped.IndexOf("\"members\"", StringComparison.Ordinal);
        var end = shipped.IndexOf("\"flows\"", StringComparison.Ordinal);
        Assert.That(start, Is.Positive.And.LessThan(end));
        return string.Concat(shipped.AsSpan(0, start), members, "\n  ", shipped.AsSpan(end));
    }
}
