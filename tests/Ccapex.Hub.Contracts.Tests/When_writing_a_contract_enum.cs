using System.Text.Json;

namespace Ccapex.Hub.Contracts.Tests;

public class When_writing_a_contract_enum
{
    [Test]
    public void Should_write_the_member_name()
    {
        Assert.That(JsonSerializer.Serialize(ProcedureStage.CfpRequested, ContractJson.Options), Is.EqualTo("\"CfpRequested\""));
    }

    [Test]
    public void Should_refuse_a_value_that_is_not_a_member()
    {
        Assert.That(() => JsonSerializer.Serialize((ProcedureStage)42, ContractJson.Options), Throws.InstanceOf<JsonException>());
    }

    [TestCase("42")]
    [TestCase("\"4\"")]
    [TestCase("\"Judgment, Resolved\"")]
    [TestCase("\"judgment\"")]
    public void Should_read_back_nothing_but_a_member_name(string json)
    {
        Assert.That(() => JsonSerializer.Deserialize<ProcedureStage>(json, ContractJson.Options), Throws.InstanceOf<JsonException>());
    }
}
