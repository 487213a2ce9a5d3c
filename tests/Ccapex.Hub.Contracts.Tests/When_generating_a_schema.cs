using Ccapex.Hub.SchemaExport;

namespace Ccapex.Hub.Contracts.Tests;

public class When_generating_a_schema
{
    [TestCaseSource(typeof(Cases), nameof(Cases.EveryMessageType))]
    public void Should_declare_draft_2020_12_a_stable_id_and_an_object(Type messageType)
    {
        var schema = ContractSchemaGenerator.Generate(messageType);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(schema["$schema"]?.GetValue<string>(), Is.EqualTo("https://json-schema.org/draft/2020-12/schema"));
            Assert.That(schema["$id"]?.GetValue<string>(), Is.EqualTo($"https://ccapex-hub.example/schemas/{messageType.Name}.schema.json"));
            Assert.That(schema["title"]?.GetValue<string>(), Is.EqualTo(messageType.Name));
            Assert.That(schema["type"]?.GetValue<string>(), Is.EqualTo("object"));
            Assert.That(schema["additionalProperties"]?.GetValue<bool>(), Is.True);
        }
    }

    [TestCaseSource(typeof(Cases), nameof(Cases.EveryMessageType))]
    public void Should_require_exactly_the_required_members(Type messageType)
    {
        var members = SchemaMember.Of(messageType, ContractSchemaGenerator.Generate(messageType)).ToList();

        Assert.That(
            members.Where(member => member.IsRequiredInSchema != member.IsRequiredInCSharp).Select(member => member.Path),
            Is.Empty);
    }

    [TestCaseSource(typeof(Cases), nameof(Cases.EveryMessageType))]
    public void Should_allow_null_exactly_where_the_type_is_nullable(Type messageType)
    {
        var members = SchemaMember.Of(messageType, ContractSchemaGenerator.Generate(messageType)).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                members.Where(member => member.IsNullableInSchema != member.IsNullableInCSharp).Select(member => member.Path),
                Is.Empty);
            Assert.That(
                members.Where(member => member.ItemNullability is { } items && items.CSharp != items.Schema).Select(member => member.Path + "[]"),
                Is.Empty);
        }
    }

    [Test]
    public void Should_describe_the_charter_flow_and_its_actions()
    {
        var schema = ContractSchemaGenerator.Generate(typeof(SubmitCdpNotification));

        Assert.That(schema["description"]?.GetValue<string>(), Does.StartWith("F1 (charter actions 11, 17): message SubmitCdpNotification"));
    }

    [Test]
    public void Should_give_the_contract_value_types_their_json_form()
    {
        var properties = ContractSchemaGenerator.Generate(typeof(SubmitCdpNotification))["properties"]!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(properties["sender"]!["type"]!.GetValue<string>(), Is.EqualTo("string"));
            Assert.That(
                properties["sender"]!["anyOf"]![0]!["enum"]!.AsArray().Select(code => code!.GetValue<string>()),
                Is.EqualTo(PartnerCode.All.Select(code => code.Value)));
            var members = new System.Text.RegularExpressions.Regex(properties["sender"]!["anyOf"]![1]!["pattern"]!.GetValue<string>());
            Assert.That(members.IsMatch("BAILLEUR_SOCIAL.PARIS_HABITAT"), Is.True);
            Assert.That(members.IsMatch("NOTAIRES.PARIS"), Is.False);
            Assert.That(members.IsMatch("BAILLEUR_SOCIAL.paris"), Is.False);
            Assert.That(properties["monthlyRent"]!.ToJsonString(), Is.EqualTo("""{"type":"number","multipleOf":0.01}"""));
            Assert.That(properties["deliveredOn"]!.ToJsonString(), Is.EqualTo("""{"type":"string","format":"date"}"""));
            Assert.That(properties["sentAt"]!.ToJsonString(), Is.EqualTo("""{"type":"string","format":"date-time"}"""));
            Assert.That(properties["messageId"]!.ToJsonString(), Is.EqualTo("""{"type":"string","format":"uuid"}"""));
            Assert.That(
                properties["housingBenefit"]!["enum"]!.AsArray().Select(name => name!.GetValue<string>()),
                Is.EqualTo(Enum.GetNames<HousingBenefitStatus>()));
        }
    }
}
