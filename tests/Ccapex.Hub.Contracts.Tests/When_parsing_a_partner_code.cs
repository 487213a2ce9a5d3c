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
}
