using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Ccapex.Hub.Routing.Listings;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Flows.Tests;

/// <summary>F3 (action 17): one listing message to the CAF per three households here, or at the end of its day.</summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_the_caf_listing_is_gathered(StoreProvider provider) : FlowFixture(provider)
{
    private const int MaxHouseholds = 3;

    private static readonly TimeSpan Period = TimeSpan.FromDays(1);

    /// <summary>The saga store's JSON rules when no options are given: property names as declared, enums as names.</summary>
    private static readonly JsonSerializerOptions LegacyJson = new() { Converters = { new JsonStringEnumConverter() } };

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Hub:Routing:CafListingMaxHouseholds", MaxHouseholds.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Hub:Routing:CafListingPeriod", Period.ToString()),
    ];

    /// <summary>Each test starts on an empty listing: what an earlier test left goes out at its period's end.</summary>
    [SetUp]
    public async Task SendWhatIsPending()
    {
        if ((await Hub.CafListingAsync())?.LineCount > 0)
        {
            await Hub.AdvanceAsync(Period);
        }

        await Eventually.Until(async () => (await Hub.CafListingAsync())?.LineCount is null or 0, () => "The pending CAF listing was not sent.");
    }

    [Test]
    public async Task Should_send_one_listing_as_soon_as_it_is_full()
    {
        var dossiers = new List<Guid>();
        for (var n = 0; n < MaxHouseholds; n++)
        {
            dossiers.Add(await OpenDossierWithCdp());
        }

        var listing = await Partners.WaitFor<CheckHousingBenefitRights>(PartnerCode.Caf, l => l.Households.Any(h => h.DossierId == dossiers[0]));
        Assert.That(listing.Households.Select(h => h.DossierId), Is.EquivalentTo(dossiers));
    }

    [Test]
    public async Task Should_send_what_it_holds_at_the_end_of_its_period()
    {
        var dossier = await OpenDossierWithCdp();
        await Hub.WaitUntilListedAsync(dossier);
        await Partners.SettleAsync();
        Assert.That(Partners.To<CheckHousingBenefitRights>(PartnerCode.Caf, l => l.Households.Any(h => h.DossierId == dossier)), Is.Empty);

        await Hub.AdvanceAsync(Period);

        var listing = await Partners.WaitFor<CheckHousingBenefitRights>(PartnerCode.Caf, l => l.Households.Any(h => h.DossierId == dossier));
        Assert.That(listing.Households, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Should_show_the_caf_no_landlord_and_no_bailiff()
    {
        var dossier = await OpenDossierWithCdp();
        await Hub.WaitUntilListedAsync(dossier);
        await Hub.AdvanceAsync(Period);

        await Partners.WaitFor<CheckHousingBenefitRights>(PartnerCode.Caf, l => l.Households.Any(h => h.DossierId == dossier));
        var view = Partners.To(PartnerCode.Caf).Single(d => d.Message.ToJsonString().Contains(dossier.ToString(), StringComparison.Ordinal)).Message.ToJsonString();
        Assert.That(view, Does.Not.Contain("landlord").And.Not.Contain("bailiffOffice").And.Not.Contain("actReference"));
    }

    [Test]
    public async Task Should_keep_the_lines_a_listing_row_held_in_its_body_before_lines_became_rows()
    {
        var dossier = await OpenDossierWithCdp();
        await Hub.WaitUntilListedAsync(dossier);
        await Partners.SettleAsync();
        await RewriteAsLegacyRowAsync();

        await Hub.AdvanceAsync(Period);

        var listing = await Partners.WaitFor<CheckHousingBenefitRights>(PartnerCode.Caf, l => l.Households.Any(h => h.DossierId == dossier));
        Assert.That(listing.Households.Select(h => h.DossierId), Is.EqualTo(new[] { dossier }));
    }

    /// <summary>
    /// The listing row as a hub before saga items wrote it: its lines in the body's <c>Lines</c> array (the
    /// saga's JSON rules: property names as declared, enums as names), no line count, no line rows.
    /// </summary>
    private async Task RewriteAsLegacyRowAsync()
    {
        var listing = await Hub.CafListingAsync() ?? throw new AssertionException("No listing row.");
        var listingId = listing.ListingId ?? throw new AssertionException("No listing being gathered.");
        var lines = await Hub.ListingLinesAsync(listingId);

        await using var connection = await Hub.Store.OpenConnectionAsync();
        var body = JsonNode.Parse((string)(await ScalarAsync(connection, "SELECT body FROM caf_listing WHERE correlation_id = @id", CafListing.InstanceId))!)!.AsObject();
        body.Remove(nameof(CafListing.LineCount));
        body["Lines"] = JsonSerializer.SerializeToNode(lines, LegacyJson);
        await ScalarAsync(connection, "DELETE FROM saga_item WHERE group_id = @id", listingId);
        await ScalarAsync(connection, "UPDATE caf_listing SET body = @body WHERE correlation_id = @id", CafListing.InstanceId, body.ToJsonString());
    }

    private async Task<object?> ScalarAsync(DbConnection connection, string sql, Guid id, string? body = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        AddParameter(command, "@id", Hub.Store.Provider == StoreProvider.Sqlite ? id.ToString("D") : id);
        if (body is not null)
        {
            AddParameter(command, "@body", body);
        }

        return await command.ExecuteScalarAsync();
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
