using Ccapex.Hub.Contracts;
using Ccapex.Hub.Charter;
using Ccapex.Hub.SchemaExport;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>The rules file is data the host validates at start; a mistake names its line.</summary>
public sealed class When_loading_the_charter_rules
{
    private static string Shipped() =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Find(TestContext.CurrentContext.TestDirectory), "contracts", "charter", "charter-rules.json"));

    [Test]
    public void Should_define_every_flow_from_F1_to_F18_once()
    {
        var rules = CharterRulesLoader.LoadEmbedded();

        Assert.That(rules.Flows.Select(f => f.Flow), Is.EqualTo(Enumerable.Range(1, 18).Select(n => $"F{n}")));
    }

    [Test]
    public void Should_embed_the_file_checked_in_under_contracts()
    {
        var embedded = CharterRulesLoader.LoadEmbedded();
        var file = CharterRulesLoader.Parse(Shipped(), "charter-rules.json");

        Assert.That(CharterRulesDocument.Render(embedded), Is.EqualTo(CharterRulesDocument.Render(file)));
    }

    [Test]
    public void Should_name_the_line_of_an_unknown_partner()
    {
        var json = Shipped().Replace("\"senders\": [\"CAF\"]", "\"senders\": [\"CAFF\"]", StringComparison.Ordinal);
        var line = LineOf(json, "\"CAFF\"");

        var error = Assert.Throws<CharterRulesException>(() => CharterRulesLoader.Parse(json, "rules.json"))!;
        Assert.That(error.Errors, Has.Some.StartsWith($"rules.json:{line}: unknown partner 'CAFF'"));
    }

    [Test]
    public void Should_name_the_line_of_an_unknown_message_type()
    {
        var json = Shipped().Replace("\"message\": \"NotifyAssignation\"", "\"message\": \"NotifyAssignations\"", StringComparison.Ordinal);
        var line = LineOf(json, "NotifyAssignations");

        var error = Assert.Throws<CharterRulesException>(() => CharterRulesLoader.Parse(json, "rules.json"))!;
        Assert.That(error.Errors, Has.Some.StartsWith($"rules.json:{line}: unknown message type 'NotifyAssignations'"));
    }

    [Test]
    public void Should_name_the_line_of_an_unknown_field()
    {
        var json = Shipped().Replace("\"template\", \"cdpDeliveredOn\"", "\"template\", \"cdpDeliveredOn\", \"debtsToOthers\"", StringComparison.Ordinal);
        var line = LineOf(json, "debtsToOthers");

        var error = Assert.Throws<CharterRulesException>(() => CharterRulesLoader.Parse(json, "rules.json"))!;
        Assert.That(error.Errors, Has.Some.StartsWith($"rules.json:{line}: unknown field 'debtsToOthers' of SendAwarenessLetter"));
    }

    [Test]
    public void Should_refuse_a_view_without_a_required_field()
    {
        var json = Shipped().Replace("\"addressees\", \"address\",", "\"addressees\",", StringComparison.Ordinal);

        var error = Assert.Throws<CharterRulesException>(() => CharterRulesLoader.Parse(json, "rules.json"))!;
        Assert.That(error.Errors, Has.Some.Contains("field 'address' of SendAwarenessLetter is required"));
    }

    [Test]
    public void Should_report_invalid_json_with_its_line()
    {
        var error = Assert.Throws<CharterRulesException>(() => CharterRulesLoader.Parse("{\n  \"version\": 1,\n  \"flows\": [\n}", "rules.json"))!;
        Assert.That(error.Errors.Single(), Does.StartWith("rules.json:4: not valid JSON"));
    }

    [Test]
    public void Should_let_only_the_bailiffs_notify_a_cdp()
    {
        var rule = CharterRulesLoader.LoadEmbedded().ForMessage<SubmitCdpNotification>();

        Assert.That(PartnerCode.All.Where(rule.MaySend), Is.EqualTo(new[] { PartnerCode.Huissiers }));
    }

    [Test]
    public void Should_keep_docs_charter_routing_in_step_with_the_rules()
    {
        var path = CharterDocument.PathUnder(RepositoryRoot.Find(TestContext.CurrentContext.TestDirectory));

        Assert.That(File.ReadAllText(path), Is.EqualTo(CharterDocument.Render()),
            "docs/charter-routing.md is stale: run ./hub docs (dotnet run --project src/Ccapex.Hub.SchemaExport).");
    }

    [TestCase("{ \"name\": \"x\", \"arrearsAbove\": 3000 }", "unknown condition 'arrearsAbove'")]
    [TestCase("{ \"name\": \"x\" }", "a criterion sets at least one condition")]
    [TestCase("{ \"arrearsAtLeast\": 3000 }", "each criterion needs a 'name'")]
    [TestCase("{ \"name\": \"x\", \"arrearsAtLeast\": -1 }", "'arrearsAtLeast' must be a number, 0 or more")]
    [TestCase("{ \"name\": \"x\", \"householdSizeAtLeast\": 4.5 }", "'householdSizeAtLeast' must be a whole number")]
    [TestCase("{ \"name\": \"x\", \"housingBenefit\": [\"None\"] }", "unknown housing-benefit status")]
    public void Should_name_the_line_of_a_wrong_intervention_criterion(string criterion, string message)
    {
        var json = Shipped().Replace("{ \"name\": \"Dette d'au moins 3 000 euros\", \"arrearsAtLeast\": 3000 }", criterion, StringComparison.Ordinal);
        var line = LineOf(json, criterion);

        var error = Assert.Throws<CharterRulesException>(() => CharterRulesLoader.Parse(json, "rules.json"))!;
        Assert.That(error.Errors, Has.Some.StartsWith($"rules.json:{line}: {message}"));
    }

    [Test]
    public void Should_refuse_criteria_on_another_flow_than_the_targeted_intervention()
    {
        var json = Shipped().Replace("\"title\": \"CDP notification\",", "\"title\": \"CDP notification\", \"criteria\": [],", StringComparison.Ordinal);

        var error = Assert.Throws<CharterRulesException>(() => CharterRulesLoader.Parse(json, "rules.json"))!;
        Assert.That(error.Errors, Has.Some.Contains("criteria belong to the targeted intervention's flow"));
    }

    [Test]
    public void Should_show_every_procedure_alert_in_the_routing_table()
    {
        var document = CharterRulesDocument.Render(CharterRulesLoader.LoadEmbedded());
        var codes = typeof(Dossiers.ProcedureAlertCodes).GetFields().Select(f => (string)f.GetValue(null)!);

        Assert.That(codes, Has.All.Matches<string>(code => document.Contains($"`{code}`", StringComparison.Ordinal)));
    }

    private static int LineOf(string text, string fragment) =>
        text[..text.IndexOf(fragment, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
