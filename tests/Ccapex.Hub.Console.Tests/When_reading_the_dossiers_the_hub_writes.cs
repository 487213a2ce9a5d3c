using System.Reflection;
using Ccapex.Hub.Console.Dossiers;
using Ccapex.Hub.Routing.Dossiers;

namespace Ccapex.Hub.Console.Tests;

/// <summary>
/// The console keeps its own copy of the dossier's shape (it may not compile against the routing): every member it
/// reads must be one the saga stores, under the same name and type, or it would read nothing and show blanks.
/// </summary>
public sealed class When_reading_the_dossiers_the_hub_writes
{
    public static IEnumerable<TestCaseData> Shapes() =>
    [
        new TestCaseData(typeof(DossierRecord), typeof(Dossier)),
        new TestCaseData(typeof(ReferralRecord), typeof(ExaminationReferral)),
        new TestCaseData(typeof(ObligationRecord), typeof(Obligation)),
        new TestCaseData(typeof(TimelineRecord), typeof(TimelineEntry)),
    ];

    [TestCaseSource(nameof(Shapes))]
    public void Should_name_every_member_as_the_saga_stores_it(Type record, Type saga)
    {
        var stored = saga.GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(p => p.Name);
        foreach (var member in record.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            Assert.That(stored.ContainsKey(member.Name), Is.True, $"{saga.Name} has no {member.Name}");
            var theirs = Element(stored[member.Name].PropertyType);
            var ours = Element(member.PropertyType);
            var same = theirs == ours || theirs.Name == ours.Name || (theirs.IsEnum && ours == typeof(string))
                || Shapes().Any(s => (Type)s.Arguments[0]! == ours && (Type)s.Arguments[1]! == theirs);
            Assert.That(same, Is.True, $"{record.Name}.{member.Name} is {ours.Name}, the saga's is {theirs.Name}");
        }
    }

    [Test]
    public void Should_spell_the_obligation_states_as_the_saga_does()
    {
        Assert.That(Enum.GetNames<ObligationStatus>(), Is.EquivalentTo(new[] { ObligationRecord.Open, ObligationRecord.Answered, ObligationRecord.Escalated }));
    }

    private static Type Element(Type type)
    {
        var nullable = Nullable.GetUnderlyingType(type) ?? type;
        return nullable.IsGenericType && nullable.GetGenericArguments().Length == 1 && typeof(System.Collections.IEnumerable).IsAssignableFrom(nullable)
            ? Element(nullable.GetGenericArguments()[0])
            : nullable;
    }
}
