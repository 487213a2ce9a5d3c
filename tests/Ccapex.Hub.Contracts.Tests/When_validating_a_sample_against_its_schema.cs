namespace Ccapex.Hub.Contracts.Tests;

public class When_validating_a_sample_against_its_schema
{
    [TestCaseSource(typeof(Cases), nameof(Cases.EverySample))]
    public void Should_be_valid(object sample)
    {
        Assert.That(CheckedInSchemas.Errors(sample.GetType(), ContractPayload.Of(sample)), Is.Empty);
    }

    [TestCaseSource(typeof(Cases), nameof(Cases.EverySample))]
    public void Should_stay_valid_with_a_property_the_schema_does_not_know(object sample)
    {
        var payload = ContractPayload.Of(sample);
        payload["sentFromSoftware"] = "Logiciel métier 4.2";

        using (Assert.EnterMultipleScope())
        {
            Assert.That(CheckedInSchemas.Errors(sample.GetType(), payload), Is.Empty);
            Assert.That(() => ContractPayload.Read(payload, sample.GetType()), Throws.Nothing);
        }
    }
}
