using Ccapex.Hub.Console.Dossiers;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Console.Queues;

/// <summary>
/// The secretariat's work, computed from every dossier on the hub's date: referrals awaiting a CCAPEX examination,
/// answers overdue (by partner, with days late, reminders sent and whether the hub escalated), procedure alerts of the
/// last 30 days, and the CDPs delivered this week (Monday to Sunday, Paris).
/// </summary>
public sealed record WorkQueues
{
    public const int AlertDays = 30;

    public required IReadOnlyList<WorkQueueRow> AwaitingExamination { get; init; }

    public required IReadOnlyList<WorkQueueRow> OverdueAnswers { get; init; }

    public required IReadOnlyList<WorkQueueRow> Alerts { get; init; }

    public required IReadOnlyList<WorkQueueRow> CdpsThisWeek { get; init; }

    public IEnumerable<IGrouping<PartnerCode, WorkQueueRow>> OverdueByPartner =>
        OverdueAnswers.GroupBy(r => r.Partner!.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Value, StringComparer.Ordinal);

    public static WorkQueues Compute(IEnumerable<DossierRecord> dossiers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        var all = dossiers.ToList();
        var today = ParisDates.Day(now);
        var week = ParisDates.WeekStart(today);
        return new WorkQueues
        {
            AwaitingExamination =
            [
                .. all.Select(d => (Dossier: d, First: d.PendingReferrals.OrderBy(r => r.At).FirstOrDefault()))
                    .Where(p => p.First is not null)
                    .Select(p => Row(p.Dossier, p.First!.At) with { Partner = p.First.By, What = p.First.Flow })
                    .OrderBy(r => r.Since),
            ],
            OverdueAnswers =
            [
                .. all.SelectMany(d => d.OutstandingObligations.Where(o => o.DueAt < now).Select(o => Row(d, o.DueAt) with
                    {
                        Partner = o.Partner,
                        What = o.ExpectedMessage,
                        DaysLate = Math.Max(0, o.DaysLate(now)),
                        RemindersSent = o.RemindersSent,
                        Escalated = o.Status == ObligationRecord.Escalated,
                    }))
                    .OrderByDescending(r => r.DaysLate).ThenBy(r => r.DossierId),
            ],
            Alerts =
            [
                .. all.SelectMany(d => d.Timeline.Where(t => t.IsAlert && t.At <= now && ParisDates.Day(t.At) > today.AddDays(-AlertDays))
                        .Select(t => Row(d, t.At) with { What = t.AlertCode }))
                    .OrderByDescending(r => r.Since),
            ],
            CdpsThisWeek =
            [
                .. all.Where(d => d.CdpDeliveredOn is { } on && on >= week && on < week.AddDays(7))
                    .Select(d => Row(d, d.OpenedAt) with { Partner = PartnerCode.Huissiers, What = d.CdpActReference })
                    .OrderByDescending(r => r.Since),
            ],
        };
    }

    private static WorkQueueRow Row(DossierRecord dossier, DateTimeOffset since) => new()
    {
        DossierId = dossier.CorrelationId,
        Household = HouseholdName(dossier),
        Since = since,
    };

    /// <summary>The tenants' names as the lists show them ("BENALI Karima, BENALI Youssef").</summary>
    public static string HouseholdName(DossierRecord dossier) =>
        dossier?.Household is { } household
            ? string.Join(", ", household.Tenants.Select(t => $"{t.LastName.ToUpperInvariant()} {t.FirstName}".Trim()))
            : string.Empty;
}
