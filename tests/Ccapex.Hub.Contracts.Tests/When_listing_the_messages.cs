using System.Reflection;
using Ccapex.Hub.SchemaExport;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Contracts.Tests;

public class When_listing_the_messages
{
    [Test]
    public void Should_find_every_charter_flow_and_the_receipts()
    {
        var charterFlows = typeof(ContractJson).Assembly.GetExportedTypes()
            .Where(type => type.GetCustomAttribute<CharterFlowAttribute>() is not null);

        Assert.That(
            ContractSchemaGenerator.MessageTypes,
            Is.SupersetOf(charterFlows.Concat([typeof(CdpNotificationAccepted), typeof(MessageAccepted), typeof(MessageRejected)]).Distinct()));
    }

    [Test]
    public void Should_leave_out_the_records_nested_in_messages()
    {
        Type[] nested = [typeof(Household), typeof(PersonName), typeof(PostalAddress), typeof(Landlord), typeof(FieldError)];

        Assert.That(ContractSchemaGenerator.MessageTypes.Intersect(nested), Is.Empty);
    }

    [Test]
    public void Should_have_one_sample_of_each()
    {
        Assert.That(SampleMessages.All().Select(sample => sample.GetType()), Is.EquivalentTo(ContractSchemaGenerator.MessageTypes));
    }
}
