using System.Text.Json;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Routing.Dossiers;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>
/// A dossier row written before handled ids were scoped by sender holds bare ids: they still read, match any sender
/// while they stay in the window, and go to the journal under their timeline's sender when the window drops them.
/// </summary>
public sealed class When_a_dossier_stored_before_ids_were_scoped_is_read
{
    private static readonly Guid Old = Guid.NewGuid();

    /// <summary>The saga store's rules when no options are given (the dossier's): names as declared, enums as names.</summary>
    private static readonly JsonSerializerOptions StoreJson = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    [Test]
    public void Should_read_bare_ids_as_ids_of_any_sender()
    {
        var dossier = Read();

        Assert.That(dossier.HandledMessages.Single(), Is.EqualTo(new HandledMessage(string.Empty, Old)));
        Assert.That(DossierWorkflow.InWindow(dossier, Inbound(PartnerCode.Huissiers, Old)), Is.True);
        Assert.That(DossierWorkflow.InWindow(dossier, Inbound(PartnerCode.Caf, Old)), Is.True, "an unscoped id matches every sender");
    }

    [Test]
    public void Should_journal_a_bare_id_under_its_timelines_sender_when_the_window_drops_it()
    {
        var dossier = Read();
        var workflow = new DossierWorkflow(Charter.CharterRulesLoader.LoadEmbedded(),
            Microsoft.Extensions.Options.Options.Create(new RoutingOptions { HandledMessageWindow = 2 }), TimeProvider.System);

        // A message and its delivery: two entries, and the window holds two.
        var id = Guid.NewGuid();
        Assert.That(workflow.FirstTime(dossier, new Inbound(id, null, null, Guid.NewGuid(), PartnerCode.Caf.Value)), Is.True);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dossier.HandledMessages.Select(h => h.Id), Does.Not.Contain(Old));
            Assert.That(dossier.HandledWindowTrimmed, Is.True);
            Assert.That(dossier.PendingHandled, Does.Contain(new HandledMessage(PartnerCode.Huissiers.Value, Old)));
        }
    }

    [Test]
    public void Should_write_the_scoped_form()
    {
        var json = JsonSerializer.Serialize(new HandledMessage("caf", Old));

        Assert.That(JsonSerializer.Deserialize<HandledMessage>(json), Is.EqualTo(new HandledMessage("caf", Old)));
    }

    private static Dossier Read() => JsonSerializer.Deserialize<Dossier>($$"""
        {
          "HandledMessageIds": ["{{Old}}"],
          "Timeline": [{ "At": "2025-03-01T00:00:00+00:00", "Flow": "F1", "MessageType": "SubmitCdpNotification", "MessageId": "{{Old}}", "From": "HUISSIERS", "To": [] }]
        }
        """, StoreJson)!;

    private static Inbound Inbound(PartnerCode sender, Guid id) => new(id, null, null, id, sender.Value);
}
