using System.Globalization;
using Ccapex.Hub.Contracts;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Partners.Caf;

/// <summary>
/// The CAF's selection of critical cases (F4, actions 11 and 17) from what the listing line carries (arrears,
/// rent and charges) and what the extract knows (rights, dependent children). Each reason starts with a stable
/// code, then says why in words; the hub passes them on to the Département with the targeted intervention.
/// </summary>
public sealed class CriticalCaseCriteria(IOptions<CafOptions> options)
{
    public const string ArrearsAboveCode = "caf.arrears_above";
    public const string ArrearsMonthsAboveCode = "caf.arrears_months_above";
    public const string RightsSuspendedCode = "caf.rights_suspended";
    public const string ChildrenWithArrearsCode = "caf.children_with_arrears";

    private readonly CriticalCaseOptions _criteria = options.Value.Critical;

    /// <summary>Every criterion the household meets; empty when it is not a critical case.</summary>
    public IReadOnlyList<string> Evaluate(CafListingLine household, AllocataireRights? rights)
    {
        ArgumentNullException.ThrowIfNull(household);
        var reasons = new List<string>();
        var arrears = household.ArrearsAmount.Amount;
        var monthly = household.MonthlyRent.Amount + household.MonthlyCharges.Amount;
        decimal? months = monthly > 0 ? decimal.Round(arrears / monthly, 1) : null;

        if (_criteria.ArrearsAbove is { } amount && arrears > amount)
        {
            reasons.Add(Reason(ArrearsAboveCode, $"arrears of {arrears:0.00} EUR, above {amount:0.00} EUR"));
        }

        if (_criteria.ArrearsMonthsAbove is { } limit && months > limit)
        {
            reasons.Add(Reason(ArrearsMonthsAboveCode, $"arrears of {months:0.0} months of rent and charges, above {limit:0.#}"));
        }

        if (_criteria.RightsSuspended && rights?.Status == BenefitRightsStatus.Suspended)
        {
            reasons.Add(Reason(RightsSuspendedCode, $"housing-benefit rights suspended"));
        }

        if (_criteria.ChildrenWithArrearsMonthsAbove is { } childrenLimit && rights is { DependentChildren: > 0 } && months > childrenLimit)
        {
            reasons.Add(Reason(ChildrenWithArrearsCode,
                $"{rights.DependentChildren} dependent child(ren) and arrears of {months:0.0} months, above {childrenLimit:0.#}"));
        }

        return reasons;
    }

    private static string Reason(string code, FormattableString text) => $"{code}: {text.ToString(CultureInfo.InvariantCulture)}";
}
