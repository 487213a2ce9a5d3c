using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Contracts.Tests;

public class When_a_payload_is_invalid
{
    [TestCaseSource(typeof(InvalidPayload), nameof(InvalidPayload.All))]
    public void Should_be_refused_by_the_schema(InvalidPayload invalid)
    {
        Assert.That(CheckedInSchemas.Errors(typeof(SubmitCdpNotification), invalid.Payload()), Is.Not.Empty);
    }

    [TestCaseSource(typeof(InvalidPayload), nameof(InvalidPayload.All))]
    public void Should_be_refused_by_the_contract_deserializer(InvalidPayload invalid)
    {
        var payload = invalid.Payload();

        Assert.That(() => ContractPayload.Read(payload, typeof(SubmitCdpNotification)), Throws.InstanceOf<JsonException>());
    }

    [TestCaseSource(typeof(InvalidPayload), nameof(InvalidPayload.All))]
    public void Should_be_refused_by_MassTransit(InvalidPayload invalid)
    {
        var envelope = JsonNode.Parse(MassTransitEnvelope.Write(SampleMessages.SubmitCdpNotification()))!;
        envelope["message"] = invalid.Payload();
        var body = Encoding.UTF8.GetBytes(envelope.ToJsonString());

        Assert.That(() => MassTransitEnvelope.Read(body, typeof(SubmitCdpNotification)), Throws.Exception);
    }
}
