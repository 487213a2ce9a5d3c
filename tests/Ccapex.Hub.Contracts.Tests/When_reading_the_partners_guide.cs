namespace Ccapex.Hub.Contracts.Tests;

public sealed class When_reading_the_partners_guide
{
    private static IEnumerable<TestCaseData> Examples() =>
        PartnersGuide.Examples().Select(e => new TestCaseData(e.MessageType, e.Json).SetArgDisplayNames(e.MessageType));

    [TestCaseSource(nameof(Examples))]
    public void Should_give_examples_their_schema_accepts(string messageType, string json)
    {
        Assert.That(CheckedInSchemas.Errors(PartnersGuide.ContractType(messageType), PartnersGuide.Parse(json)), Is.Empty);
    }

    [TestCaseSource(nameof(Examples))]
    public void Should_give_examples_the_hub_reads(string messageType, string json)
    {
        var type = PartnersGuide.ContractType(messageType);

        Assert.That(() => ContractPayload.Read(PartnersGuide.Parse(json), type), Throws.Nothing);
    }

    [Test]
    public void Should_give_one_example_of_every_message()
    {
        var documented = PartnersGuide.Examples().Select(e => e.MessageType).ToList();
        var schemas = Directory.GetFiles(CheckedInSchemas.Directory, "*.schema.json").Select(f => Path.GetFileName(f).Replace(".schema.json", string.Empty, StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            Assert.That(documented, Is.Unique);
            Assert.That(documented, Is.EquivalentTo(schemas));
        });
    }
}
