using System.Text.Json;
using Ccapex.Hub.Journal;
using Ccapex.Hub.Routing;
using Ccapex.Hub.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Flows.Tests;

/// <summary>
/// The delivery journal end to end on the real broker (issue 11, item 1): a message accepted and one refused get their
/// "in" row with the SHA-256 of the bytes sent; every delivery gets its "out" row with the SHA-256 of the bytes the
/// partner read, and its "sent" row with the broker's times; and the sealed journal verifies.
/// </summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_the_hub_journals_its_deliveries(StoreProvider provider) : FlowFixture(provider)
{
    [Test]
    public async Task Should_journal_an_accepted_cdp_and_each_delivery_it_caused_with_its_confirmation()
    {
        var cdp = FlowMessages.Cdp(Hub.Today);

        var dossier = await OpenDossierWithCdp(cdp);

        var rows = await RowsOnceSentAsync(dossier);
        var arrival = rows.Single(r => r.Kind == JournalKinds.In);
        var outs = rows.Where(r => r.Kind == JournalKinds.Out).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(arrival.Partner, Is.EqualTo(PartnerCode.Huissiers.Value));
            Assert.That(arrival.MessageType, Is.EqualTo(nameof(SubmitCdpNotification)));
            Assert.That(arrival.Flow, Is.EqualTo("F1"));
            Assert.That(arrival.Outcome, Is.EqualTo("accepted"));
            Assert.That(arrival.MessageId, Is.EqualTo(cdp.MessageId));
            Assert.That(arrival.BodySha256, Is.EqualTo(Sha256(cdp)), "the bytes the partner published");
            Assert.That(outs.Select(r => r.Partner), Does.Contain(PartnerCode.Drihl.Value).And.Contain(PartnerCode.Huissiers.Value));
            Assert.That(outs.Single(r => r.MessageType == nameof(CdpNotificationAccepted)).Partner, Is.EqualTo(PartnerCode.Huissiers.Value));
        }

        foreach (var row in outs)
        {
            var delivered = await Eventually(row);
            var sent = rows.Single(r => r.Kind == JournalKinds.Sent && r.MessageId == row.MessageId);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(row.BodySha256, Is.EqualTo(delivered.BodySha256), $"{row.MessageType} to {row.Partner}: the bytes the partner read");
                Assert.That(row.View, Is.Not.Null.And.Not.Empty);
                Assert.That(sent.HandedAt, Is.Not.Null);
                Assert.That(sent.ConfirmedAt, Is.GreaterThanOrEqualTo(sent.HandedAt!.Value));
                Assert.That(sent.Partner, Is.EqualTo(row.Partner));
            }
        }

        Assert.That(outs.Single(r => r.Partner == PartnerCode.Drihl.Value && r.MessageType == nameof(SubmitCdpNotification)).Flow, Is.EqualTo("F1"));
        await SealedJournalVerifies();
    }

    [Test]
    public async Task Should_journal_a_refusal_at_the_intake_with_its_answer_and_no_dossier()
    {
        var cdp = FlowMessages.Cdp(Hub.Today);
        cdp = cdp with { Household = cdp.Household with { Address = cdp.Household.Address with { PostalCode = "7501" } } };

        var rejection = await SendRejected(cdp);

        var day = Hub.Clock.GetUtcNow().Date;
        List<JournalRow> rows = [];
        await Ccapex.Hub.Testing.Eventually.Until(async () =>
        {
            rows = await JournalQueries.ForPartnerAsync(Hub.Store, PartnerCode.Huissiers.Value, day.AddDays(-1), day.AddDays(2));
            return rows.Any(r => r.Kind == JournalKinds.Sent && r.MessageId == rejection.MessageId);
        }, () => "the refusal's send was not journaled");

        var arrival = rows.Single(r => r.Kind == JournalKinds.In && r.MessageId == cdp.MessageId);
        var answer = rows.Single(r => r.Kind == JournalKinds.Out && r.MessageId == rejection.MessageId);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(arrival.Outcome, Is.EqualTo(rejection.Code).And.EqualTo("validation.failed"));
            Assert.That(arrival.DossierId, Is.Null, "a refusal at the intake touches no dossier");
            Assert.That(arrival.BodySha256, Is.EqualTo(Sha256(cdp)));
            Assert.That(answer.MessageType, Is.EqualTo(nameof(MessageRejected)));
            Assert.That(answer.BodySha256, Is.EqualTo(Partners.To(PartnerCode.Huissiers).Single(d => d.MessageId == rejection.MessageId).BodySha256));
        }

        await SealedJournalVerifies();
    }

    private async Task<List<JournalRow>> RowsOnceSentAsync(Guid dossier)
    {
        List<JournalRow> rows = [];
        await Ccapex.Hub.Testing.Eventually.Until(async () =>
        {
            rows = await JournalQueries.ForDossierAsync(Hub.Store, dossier);
            var outs = rows.Where(r => r.Kind == JournalKinds.Out).Select(r => r.MessageId).ToHashSet();
            return outs.Count > 0 && outs.SetEquals(rows.Where(r => r.Kind == JournalKinds.Sent).Select(r => r.MessageId));
        }, () => $"not every delivery of dossier {dossier} was journaled as sent: {string.Join(", ", rows.Select(r => $"{r.Kind} {r.MessageType} {r.Partner}"))}");
        return rows;
    }

    private async Task<PartnerDelivery> Eventually(JournalRow row)
    {
        PartnerDelivery? found = null;
        await Ccapex.Hub.Testing.Eventually.Until(
            () => (found = Partners.Received.FirstOrDefault(d => d.MessageId == row.MessageId && d.Partner.Value == row.Partner)) is not null,
            () => $"{row.Partner} never read {row.MessageType} {row.MessageId}");
        return found!;
    }

    private async Task SealedJournalVerifies()
    {
        var services = Hub.Services;
        var options = services.GetRequiredService<IOptions<JournalOptions>>().Value;
        var key = services.GetRequiredService<JournalKey>().Value;
        await JournalSealer.SealAsync(Hub.Store, key, options, forceCheckpoint: true);

        var result = await JournalVerifier.VerifyAsync(Hub.Store, key, options.CheckpointEvery);

        Assert.That(result.Ok, Is.True, result.Message);
        Assert.That(result.RowsChecked, Is.GreaterThan(0));
    }

    private static string Sha256(IPartnerMessage message) =>
        JournalWriter.Sha256(JsonSerializer.SerializeToUtf8Bytes(message, message.GetType(), ContractJson.Options));
}
