namespace Ccapex.Hub.Contracts.Tests;

public class When_parsing_a_partner_code
{
    [Test]
    public void Should_refuse_an_unknown_code_and_list_the_known_ones()
    {
        Assert.That(
            () => PartnerCode.Parse("NOTAIRES"),
            Throws.InstanceOf<FormatException>()
                .With.Message.Contains("'NOTAIRES'")
                .And.Message.Contains(string.Join(", ", PartnerCode.All.Select(code => code.Value))));
    }

    [Test]
    public void Should_refuse_a_code_in_another_case()
    {
        Assert.That(PartnerCode.TryParse("huissiers", out _), Is.False);
    }

    [TestCase("HUISSIERS")]
    [TestCase("DRIHL")]
    [TestCase("LETTER_SERVICE")]
    public void Should_return_the_known_partner(string code)
    {
        var partner = PartnerCode.Parse(code);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(partner.Value, Is.EqualTo(code));
            Assert.That(partner, Is.EqualTo(PartnerCode.All.Single(known => known.Value == code)));
        }
    }

    [Test]
    public void Should_know_sixteen_distinct_codes()
    {
        Assert.That(PartnerCode.All.Select(code => code.Value).ToList(), Is.Unique.And.Count.EqualTo(16));
    }

    [Test]
    public void Should_read_a_member_under_its_role()
    {
        var member = PartnerCode.Parse("BAILLEUR_SOCIAL.PARIS_HABITAT");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(member.IsMember, Is.True);
            Assert.That(member.Role, Is.EqualTo(PartnerCode.BailleurSocial));
            Assert.That(member, Is.Not.EqualTo(PartnerCode.BailleurSocial));
            Assert.That(PartnerCode.BailleurSocial.Role, Is.EqualTo(PartnerCode.BailleurSocial));
            Assert.That(PartnerCode.Member(PartnerCode.BailleurSocial, "RIVP").Value, Is.EqualTo("BAILLEUR_SOCIAL.RIVP"));
        }
    }

    [TestCase("NOTAIRES.PARIS")]
    [TestCase("BAILLEUR_SOCIAL.")]
    [TestCase("BAILLEUR_SOCIAL.paris")]
    [TestCase("BAILLEUR_SOCIAL.PARIS.HABITAT")]
    [TestCase("BAILLEUR_SOCIAL.PARIS-HABITAT")]
    [TestCase(".PARIS")]
    [TestCase("BAILLEUR_SOCIAL.ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJX")]
    public void Should_refuse_a_member_that_is_not_of_a_known_role_or_not_spelled_as_one(string code)
    {
        Assert.That(PartnerCode.TryParse(code, out _), Is.False);
    }
}
