using System.Globalization;
using System.Text;

namespace Ccapex.Hub.Charter;

/// <summary>
/// Renders docs/charter-routing.md from the rules: one table per charter action, so the secretariat reads
/// the routing the hub enforces in the charter's own terms. Generated, never edited by hand.
/// </summary>
public static class CharterRulesDocument
{
    public static string Render(CharterRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var text = new StringBuilder();
        text.Append("# Charter routing rules\n\n");
        text.Append("<!-- Generated from contracts/charter/charter-rules.json by `./hub docs`; a test fails when this file drifts. -->\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Rules version {rules.Version}. Source: {rules.Source}.\n\n");
        text.Append("Recipients `ADDRESSEES` are the partners a recommendation is addressed to; `INVOLVED` are the partners involved in the dossier so far. ");
        text.Append("A field list names the JSON properties the recipient sees; the others are removed before delivery (data minimisation).\n");

        text.Append("\nWho reaches which dossier: a partner reaches a dossier it is involved in, or one its message opens; ");
        text.Append(CultureInfo.InvariantCulture, $"{string.Join(", ", rules.Reach.EveryDossier.Select(p => p.Value))} reaches every dossier; ");
        text.Append(CultureInfo.InvariantCulture, $"{string.Join(", ", rules.Reach.ByActReference.Select(p => p.Value))} reach a dossier by its CDP act reference; ");
        text.Append("a flow that opens dossiers reaches one by the household's identity its message carries. Anything else is answered as if the dossier did not exist (`dossier.unknown`, `dossier.not_found`).\n");

        if (rules.Members.Count > 0)
        {
            text.Append("\n## Member organisations (one identity each)\n\n");
            text.Append("The rules speak of roles; where a role's organisations connect one by one, each has its own account, queue, key and webhook, ");
            text.Append("sends in its own name what its role may send, and reaches only its own dossiers: those whose landlord has one of its SIRENs, ");
            text.Append("or whose acts its offices served, or in which it is involved. What the rules send to the role reaches the dossier's own members of it ");
            text.Append("(ADR 0014). The role itself has no identity then.\n\n");
            text.Append("| member | role | organisation | landlord SIRENs | bailiff offices |\n|---|---|---|---|---|\n");
            foreach (var member in rules.Members)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"| `{member.Code}` | {member.Role} | {member.Name} | {string.Join(", ", member.LandlordSirens.Order(StringComparer.Ordinal))} | {string.Join(", ", member.OfficeCodes.Order(StringComparer.Ordinal))} |\n");
            }
        }

        var actions = rules.Flows.SelectMany(f => f.Actions).Distinct().Order().ToList();
        foreach (var action in actions)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## Charter action {action}\n\n");
            Table(text, rules.Flows.Where(f => f.Actions.Contains(action)));
        }

        var procedural = rules.Flows.Where(f => f.Actions.Count == 0).ToList();
        if (procedural.Count > 0)
        {
            text.Append("\n## Procedure stages (no charter action: the law's own steps)\n\n");
            Table(text, procedural);
        }

        foreach (var flow in rules.Flows.Where(f => f.Content is not null))
        {
            Content(text, flow, flow.Content!);
        }

        foreach (var flow in rules.Flows.Where(f => f.Criteria.Count > 0))
        {
            Criteria(text, flow);
        }

        LegalDelays(text);

        return text.ToString();
    }

    private static void Table(StringBuilder text, IEnumerable<FlowRule> flows)
    {
        text.Append("| flow | what | message | from | to (visible fields) | answer expected |\n");
        text.Append("|---|---|---|---|---|---|\n");
        foreach (var flow in flows)
        {
            var senders = string.Join(", ", flow.Senders.Select(s => s.Value));
            var from = flow.Origin == FlowOrigin.Hub ? $"hub, for {senders}" : senders;
            var to = string.Join("<br>", flow.Recipients.Select(Recipient));
            text.Append(CultureInfo.InvariantCulture, $"| {flow.Flow} | {flow.Title}{(flow.OpensDossier ? " (opens a dossier)" : string.Empty)} | `{flow.Message.Name}` | {from} | {to} | {Answer(flow.Answer)} |\n");
        }
    }

    /// <summary>Who may send which content of a flow's message (authority per content, not per type).</summary>
    private static void Content(StringBuilder text, FlowRule flow, ContentRule content)
    {
        text.Append(CultureInfo.InvariantCulture, $"\n## Who may report what: {flow.Flow}, by `{content.Field}`\n\n");
        text.Append(CultureInfo.InvariantCulture, $"A `{flow.Message.Name}` is refused (`{ContentRefusal.ContentNotAllowed}`) when its sender may not send that `{content.Field}`, ");
        text.Append(CultureInfo.InvariantCulture, $"and (`{ContentRefusal.FieldNotAllowed}`) when it carries a field that only another `{content.Field}` may carry.\n\n");
        text.Append(CultureInfo.InvariantCulture, $"| {content.Field} | who may send it | fields it may carry |\n|---|---|---|\n");
        foreach (var item in content.Cases)
        {
            var fields = item.Fields.Count == 0 ? "none of " + string.Join(", ", content.GuardedFields.Keys.Order(StringComparer.Ordinal).Select(f => $"`{f}`")) : string.Join(", ", item.Fields.Order(StringComparer.Ordinal).Select(f => $"`{f}`"));
            text.Append(CultureInfo.InvariantCulture, $"| `{item.Value}` | {string.Join(", ", item.Senders.Select(s => s.Value))} | {fields} |\n");
        }
    }

    /// <summary>
    /// The law's delays the hub checks on F6 and F15 (ADR 0017). Their lengths are settings (Hub:Routing), not rules:
    /// the law's values are given here.
    /// </summary>
    private static void LegalDelays(StringBuilder text)
    {
        text.Append("\n## The law's delays the hub checks (F6, F15)\n\n");
        text.Append("Counted as the law counts them (code de procédure civile, art. 641 and 642): the day of the act does not count, a delay in months ends on the same day number (or the month's last day), and every delay runs to the end of its last day. ");
        text.Append("Dates are the ones the messages carry; an instant becomes a date in Paris time. Each breach is a `ProcedureAlertRaised` to the DRIHL.\n\n");
        text.Append("| rule | alert |\n|---|---|\n");
        text.Append("| For arrears only, the assignation is served after the six weeks following the CDP's service (law of 6 July 1989, art. 24 I: `cdpDeliveredOn`, else the CDP notified) | `delay.assignation_too_early` |\n");
        text.Append("| For arrears, a landlord that is a legal person (`Company`, `SocialLandlord`) assigns after the two months following its referral of the household to the CCAPEX (F18, art. 24 II: the earliest `referredOn`) | `delay.assignation_before_landlord_referral` |\n");
        text.Append("| The préfet is notified at least six weeks before the hearing (art. 24 III), from `prefectNotifiedOn`, else the day of `sentAt` | `delay.hearing_notice_too_short` |\n");
        text.Append("| The CFP is requested once the CQL's two months are over (CPCE L412-1) | `delay.cfp_requested_too_early` |\n");
        text.Append("| Earliest eviction, kept on the dossier: the day after the CQL's two months, or the date the judge granted (`evictionNotBefore` of a `Judgment`, L412-3) when later, moved past the winter truce | `delay.eviction_too_early` (an eviction), `delay.cfp_use_too_early` (a granted CFP's `evictionNotBefore`) |\n");
        text.Append("| No eviction from 1 November to 31 March (L412-6) | `winter_truce.eviction` |\n");
        text.Append("| No CFP decision more than two months after the request is a refusal (CPCE R153-1): from midnight in Paris the day after | `cfp.implicit_refusal` |\n");
        text.Append("| A DALO-priority household is rehoused before the CFP is used | `dalo.not_rehoused` |\n");
    }

    /// <summary>The DRIHL's criteria for a targeted intervention (F5), as data: when the hub asks the Département.</summary>
    private static void Criteria(StringBuilder text, FlowRule flow)
    {
        text.Append(CultureInfo.InvariantCulture, $"\n## When the hub sends {flow.Flow}: the DRIHL's criteria\n\n");
        text.Append(CultureInfo.InvariantCulture, $"A `{flow.Message.Name}` goes out once per CDP when the CAF flags a critical case (F4), or when one of these criteria holds: ");
        text.Append("weighed on the CAF's answer (F4), or at the rights check's deadline when the CAF has not answered by then.\n\n");
        text.Append("| criterion | holds when |\n|---|---|\n");
        foreach (var criterion in flow.Criteria)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {criterion.Name} | {InterventionCriteriaReader.Describe(criterion)} |\n");
        }
    }

    private static string Recipient(RecipientRule recipient)
    {
        var who = recipient.Kind switch
        {
            RecipientKind.Partner => recipient.Partner!.Value.Value,
            RecipientKind.Addressees => "ADDRESSEES among " + string.Join(", ", recipient.Among.Select(p => p.Value)),
            _ => "INVOLVED among " + string.Join(", ", recipient.Among.Select(p => p.Value)),
        };
        var fields = recipient.Fields is null ? "all fields" : string.Join(", ", recipient.Fields.Select(f => $"`{f}`"));
        var own = recipient.OwnRecommendationsOnly ? "; only the recommendations addressed to it" : string.Empty;
        return $"{who} ({fields}{own})";
    }

    private static string Answer(AnswerPolicy? answer) => answer is null
        ? "none"
        : string.Create(
            CultureInfo.InvariantCulture,
            $"`{answer.Message.Name}` from {answer.From?.Value ?? "each addressee"} within {answer.Within.TotalDays:0} days; then a reminder every {answer.ReminderEvery.TotalDays:0} days, escalation to DRIHL after {answer.RemindersBeforeEscalation} reminders");
}
