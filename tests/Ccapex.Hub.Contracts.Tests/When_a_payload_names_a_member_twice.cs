using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ccapex.Hub.Testing;
using MassTransit;
using MassTransit.Serialization;

namespace Ccapex.Hub.Contracts.Tests;

/// <summary>
/// ContractJson refuses a member bound twice (AllowDuplicateProperties = false), in the hub's own deserialisation
/// and in MassTransit's serializers, which the hub, the gateway and the workers configure with ContractJson.Apply.
/// </summary>
public sealed class When_a_payload_names_a_member_twice
{
    private const string Prefecture = "\"PREFECTURE_POLICE\"";

    /// <summary>A stage in the bailiffs' name with one more member, written after theirs: the one a lenient reader would keep.</summary>
    private static string StageWith(string member, string value)
    {
        var json = JsonSerializer.SerializeToNode(SampleMessages.ProcedureStageReached() with { Sender = PartnerCode.Huissiers }, ContractJson.Options)!.ToJsonString();
        return json[..^1] + $",\"{member}\":{value}}}";
    }

    [TestCase("sender")]
    [TestCase("Sender")]
    [TestCase("SENDER")]
    public void Should_refuse_a_bound_member_twice_in_any_case(string member)
    {
        var body = StageWith(member, Prefecture);

        Assert.That(() => JsonSerializer.Deserialize<ProcedureStageReached>(body, ContractJson.Options),
            Throws.InstanceOf<JsonException>().With.Message.Contains("Duplicate"));
    }

    [Test]
    public void Should_refuse_a_member_twice_in_a_nested_record()
    {
        var json = JsonSerializer.SerializeToNode(SampleMessages.SubmitCdpNotification(), ContractJson.Options)!.ToJsonString();
        var body = json.Replace("\"size\":", "\"Size\":7,\"size\":", StringComparison.Ordinal);

        Assert.That(() => JsonSerializer.Deserialize<SubmitCdpNotification>(body, ContractJson.Options), Throws.InstanceOf<JsonException>());
    }

    [Test]
    public void Should_read_a_member_in_another_case_once_as_before()
    {
        var json = JsonSerializer.SerializeToNode(SampleMessages.ProcedureStageReached(), ContractJson.Options)!.ToJsonString();

        var read = JsonSerializer.Deserialize<ProcedureStageReached>(json.Replace("\"sender\"", "\"Sender\"", StringComparison.Ordinal), ContractJson.Options);

        Assert.That(read!.Sender, Is.EqualTo(SampleMessages.ProcedureStageReached().Sender));
    }

    [Test]
    public void Should_refuse_a_duplicate_inside_a_masstransit_envelope()
    {
        var envelope = JsonNode.Parse(MassTransitEnvelope.Write(SampleMessages.ProcedureStageReached() with { Sender = PartnerCode.Huissiers }))!;
        var message = envelope["message"]!.ToJsonString();
        var body = envelope.ToJsonString().Replace(message, message[..^1] + ",\"Sender\":" + Prefecture + "}", StringComparison.Ordinal);

        Assert.That(Failure(() => MassTransitEnvelope.Read(Encoding.UTF8.GetBytes(body), typeof(ProcedureStageReached))), Does.Contain("Duplicate"));
    }

    [Test]
    public void Should_refuse_a_duplicate_in_raw_json_as_partners_without_dotnet_send_it()
    {
        var twice = Encoding.UTF8.GetBytes(StageWith("Sender", Prefecture));
        var once = Encoding.UTF8.GetBytes(StageWith("comment", "\"no member twice\""));

        Assert.Multiple(() =>
        {
            Assert.That(ReadRaw(once).Sender, Is.EqualTo(PartnerCode.Huissiers));
            Assert.That(Failure(() => ReadRaw(twice)), Does.Contain("Duplicate"));
        });
    }

    private static ProcedureStageReached ReadRaw(byte[] body)
    {
        // The host's options, as MassTransitEnvelope's static constructor sets them like the host at start.
        _ = MassTransitEnvelope.Write(SampleMessages.ProcedureStageReached());
        var context = new SystemTextJsonRawMessageSerializer(RawSerializerOptions.Default).Deserialize(new BytesMessageBody(body), EmptyHeaders.Instance);
        return context.TryGetMessage<ProcedureStageReached>(out var read) && read is not null ? read : throw new JsonException("MassTransit found no message.");
    }

    /// <summary>The messages of the exception <paramref name="read"/> throws and of its inner ones; empty when it reads.</summary>
    private static string Failure(Func<object> read)
    {
        try
        {
            read();
            return string.Empty;
        }
        catch (Exception failure)
        {
            var messages = new StringBuilder();
            for (Exception? e = failure; e is not null; e = e.InnerException)
            {
                messages.AppendLine(e.Message);
            }

            return messages.ToString();
        }
    }
}
