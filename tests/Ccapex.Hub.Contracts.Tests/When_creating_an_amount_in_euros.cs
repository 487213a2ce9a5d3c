using System.Text.Json;

namespace Ccapex.Hub.Contracts.Tests;

public class When_creating_an_amount_in_euros
{
    [TestCase(0.001)]
    [TestCase(850.125)]
    [TestCase(-12.999)]
    public void Should_refuse_more_than_two_decimals(decimal amount)
    {
        Assert.That(() => new Euros(amount), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Should_refuse_more_than_two_decimals_in_json()
    {
        Assert.That(() => JsonSerializer.Deserialize<Euros>("850.125", ContractJson.Options), Throws.InstanceOf<JsonException>());
    }

    [Test]
    public void Should_keep_the_cents_in_json()
    {
        var amount = new Euros(2911.50m);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(JsonSerializer.Serialize(amount, ContractJson.Options), Is.EqualTo("2911.50"));
            Assert.That(JsonSerializer.Deserialize<Euros>("2911.5", ContractJson.Options), Is.EqualTo(amount));
        }
    }

    [Test]
    public void Should_compare_and_add_by_value()
    {
        var rent = new Euros(850.00m);
        var charges = new Euros(120.50m);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rent + charges, Is.EqualTo(new Euros(970.5m)));
            Assert.That(rent * 2, Is.EqualTo(new Euros(1700m)));
            Assert.That(charges, Is.LessThan(rent));
            Assert.That(rent.ToString(), Is.EqualTo("850.00 EUR"));
        }
    }
}
