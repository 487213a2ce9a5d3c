using System.Text.Json.Nodes;

namespace Ccapex.Hub.Contracts.Tests;

public class When_a_sample_travels_through_MassTransit
{
    [TestCaseSource(typeof(Cases), nameof(Cases.EverySample))]
    public void Should_be_read_back_equal_to_the_message_sent(object sample)
    {
        var received = MassTransitEnvelope.Read(MassTransitEnvelope.Write(sample), sample.GetType());

        // Records holding lists do not compare by value: compare their JSON forms.
        Assert.That(ContractPayload.AreEqual(sample, received), Is.True, () => $"Sent {ContractPayload.Of(sample)}\nread {ContractPayload.Of(received)}");
    }

    [TestCaseSource(typeof(Cases), nameof(Cases.EverySample))]
    public void Should_carry_the_message_in_the_form_the_schema_describes(object sample)
    {
        var envelope = JsonNode.Parse(MassTransitEnvelope.Write(sample))!;

        Assert.That(JsonNode.DeepEquals(envelope["message"], ContractPayload.Of(sample)), Is.True, () => envelope.ToJsonString());
    }
}
