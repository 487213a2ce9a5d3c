using System.Text;
using Ccapex.Hub.Partners.Prefecture;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Partners.Tests;

/// <summary>The Préfecture's JSON-lines events: mapped to the contracts, a bad line refused with its code, the others kept.</summary>
public sealed class When_reading_prefecture_event_lines
{
    private static readonly DateOnly Today = new(2025, 1, 14);
    private static readonly DateTimeOffset Now = SampleMessages.DayAfterCdp;

    [Test]
    public void Should_map_each_kind_to_its_contract_message_from_the_prefecture()
    {
        var lines = EventFileParser.Parse(EventLines.File(
            EventLines.DaloRisk(Testing.SampleMessages.Household(), Today),
            EventLines.Stage("cql", "CDP-1", Today.AddDays(-70)),
            EventLines.Stage("cfp-request", "CDP-1", Today),
            EventLines.Stage("cfp-decision", "CDP-1", Today, cfpGranted: false),
            EventLines.Stage("eviction", "CDP-1", Today)), Now);

        var stages = lines.Skip(1).Select(l => (ProcedureStageReached)l.Message!).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lines[0].Message, Is.TypeOf<ReportDaloCfpRisk>());
            Assert.That(((ReportDaloCfpRisk)lines[0].Message!).Household.Tenants[0].LastName, Is.EqualTo("Benali"));
            Assert.That(stages.Select(s => s.Stage), Is.EqualTo(new[]
            {
                ProcedureStage.CommandementDeQuitterLesLieux, ProcedureStage.CfpRequested, ProcedureStage.CfpDecided, ProcedureStage.EvictionCarriedOut,
            }));
            Assert.That(stages[2].CfpGranted, Is.False);
            Assert.That(stages.Select(s => s.CdpActReference), Is.All.EqualTo("CDP-1"));
            Assert.That(lines.Select(l => l.Message!.Sender), Is.All.EqualTo(PartnerCode.PrefecturePolice));
            Assert.That(lines.Select(l => l.Line), Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
        });
    }

    [Test]
    public void Should_give_the_same_ids_for_the_same_file_and_other_ids_for_another()
    {
        var file = EventLines.File(EventLines.Stage("cql", "CDP-1", Today), EventLines.Stage("cfp-request", "CDP-1", Today));
        var other = EventLines.File(EventLines.Stage("cql", "CDP-2", Today), EventLines.Stage("cfp-request", "CDP-1", Today));

        var first = EventFileParser.Parse(file, Now).Select(l => l.Message!.MessageId).ToList();
        var again = EventFileParser.Parse(file, Now.AddHours(1)).Select(l => l.Message!.MessageId).ToList();
        var elsewhere = EventFileParser.Parse(other, Now).Select(l => l.Message!.MessageId).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(first));
            Assert.That(first.Distinct().Count(), Is.EqualTo(2));
            Assert.That(elsewhere.Intersect(first), Is.Empty);
        });
    }

    [Test]
    public void Should_refuse_each_bad_line_with_its_code_and_keep_the_others()
    {
        byte[] notUtf8 = [.. Encoding.Latin1.GetBytes("{\"kind\":\"cql\",\"cdpActReference\":\"CDP-é\",\"occurredOn\":\"2025-01-10\"}"), (byte)'\n'];
        var file = EventLines.File(
            EventLines.Stage("cql", "CDP-1", Today),
            "{not json",
            "{\"occurredOn\":\"2025-01-10\"}",
            EventLines.Stage("cfp-requets", "CDP-1", Today),
            "{\"kind\":\"cql\",\"cdpActReference\":\"CDP-1\",\"occurredOn\":\"10/01/2025\"}",
            "{\"kind\":\"cql\",\"occurredOn\":\"2025-01-10\"}",
            EventLines.Stage("cfp-decision", "CDP-1", Today),
            "{\"kind\":\"dalo-risk\",\"daloRecognisedOn\":\"2024-05-01\"}",
            "",
            EventLines.Stage("cfp-request", "CDP-1", Today));

        var lines = EventFileParser.Parse([.. file, .. notUtf8], Now);

        Assert.Multiple(() =>
        {
            Assert.That(lines.Select(l => (l.Line, l.Code)), Is.EqualTo(new (int, string?)[]
            {
                (1, null),
                (2, EventErrorCodes.JsonInvalid),
                (3, EventErrorCodes.KindMissing),
                (4, EventErrorCodes.KindUnknown),
                (5, EventErrorCodes.FieldInvalid),
                (6, EventErrorCodes.DossierMissing),
                (7, EventErrorCodes.CfpGrantedRequired),
                (8, EventErrorCodes.FieldInvalid),
                (10, null),
                (11, EventErrorCodes.EncodingInvalid),
            }));
            Assert.That(lines[4].Error, Does.Contain("occurredOn"));
            Assert.That(lines[7].Error, Does.Contain("household"));
        });
    }
}
