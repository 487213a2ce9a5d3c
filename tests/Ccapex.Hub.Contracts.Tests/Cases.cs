using Ccapex.Hub.SchemaExport;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Contracts.Tests;

/// <summary>Test case sources, each case named after its message type.</summary>
internal static class Cases
{
    public static IEnumerable<TestCaseData> EveryMessageType() =>
        ContractSchemaGenerator.MessageTypes.Select(type => new TestCaseData(type).SetArgDisplayNames(type.Name));

    /// <summary>One sample of every message.</summary>
    public static IEnumerable<TestCaseData> EverySample() =>
        SampleMessages.All().Select(sample => new TestCaseData(sample).SetArgDisplayNames(sample.GetType().Name));
}
