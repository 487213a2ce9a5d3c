using System.Globalization;
using System.Text.Json;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Charter;

/// <summary>
/// Reads F5's "criteria": [ { "name": ..., "arrearsAtLeast": 3000, ... } ] for <see cref="CharterRulesLoader"/>:
/// known conditions only, each criterion with a name and at least one condition, every error reported with its path.
/// </summary>
internal static class InterventionCriteriaReader
{
    private static readonly HashSet<string> Known =
        ["name", "arrearsAtLeast", "arrearsInMonthsOfRentAtLeast", "householdSizeAtLeast", "housingBenefit", "cafCheckOverdue"];

    public static IReadOnlyList<InterventionCriterion> Read(JsonElement criteria, string path, Type? message, Action<string, string> error)
    {
        if (message is not null && message != typeof(RequestTargetedIntervention))
        {
            error(path, $"criteria belong to the targeted intervention's flow ({nameof(RequestTargetedIntervention)}), not to {message.Name}");
            return [];
        }

        if (criteria.ValueKind != JsonValueKind.Array)
        {
            error(path, "'criteria' must be an array of criteria");
            return [];
        }

        var result = new List<InterventionCriterion>();
        var index = 0;
        foreach (var item in criteria.EnumerateArray())
        {
            var at = $"{path}[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                error(at, "a criterion is an object");
                continue;
            }

            var criterion = Criterion(item, at, error);
            if (criterion is not null)
            {
                result.Add(criterion);
            }
        }

        return result;
    }

    private static InterventionCriterion? Criterion(JsonElement item, string at, Action<string, string> error)
    {
        var ok = true;
        foreach (var property in item.EnumerateObject().Where(p => !Known.Contains(p.Name)))
        {
            error($"{at}.{property.Name}", $"unknown condition '{property.Name}'; known: {string.Join(", ", Known.Where(k => k != "name"))}");
            ok = false;
        }

        var name = item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        if (string.IsNullOrWhiteSpace(name))
        {
            error($"{at}.name", "each criterion needs a 'name'");
            ok = false;
        }

        decimal? Amount(string property, bool whole)
        {
            if (!item.TryGetProperty(property, out var value))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && d >= 0 && (!whole || d == decimal.Truncate(d)) && decimal.Round(d, 2) == d)
            {
                return d;
            }

            error($"{at}.{property}", whole ? $"'{property}' must be a whole number, 0 or more" : $"'{property}' must be a number, 0 or more, with at most two decimals");
            ok = false;
            return null;
        }

        var arrears = Amount("arrearsAtLeast", whole: false);
        var months = Amount("arrearsInMonthsOfRentAtLeast", whole: false);
        var size = Amount("householdSizeAtLeast", whole: true);
        HashSet<HousingBenefitStatus>? benefit = null;
        if (item.TryGetProperty("housingBenefit", out var benefitElement))
        {
            benefit = [];
            if (benefitElement.ValueKind != JsonValueKind.Array || benefitElement.GetArrayLength() == 0)
            {
                error($"{at}.housingBenefit", "'housingBenefit' lists one or more housing-benefit statuses");
                ok = false;
            }
            else
            {
                foreach (var status in benefitElement.EnumerateArray())
                {
                    if (status.ValueKind == JsonValueKind.String && Enum.TryParse<HousingBenefitStatus>(status.GetString(), ignoreCase: false, out var parsed)
                        && Enum.IsDefined(parsed) && status.GetString() == parsed.ToString())
                    {
                        benefit.Add(parsed);
                    }
                    else
                    {
                        error($"{at}.housingBenefit", $"unknown housing-benefit status '{status}'; known: {string.Join(", ", Enum.GetNames<HousingBenefitStatus>())}");
                        ok = false;
                    }
                }
            }
        }

        var overdue = false;
        if (item.TryGetProperty("cafCheckOverdue", out var overdueElement))
        {
            if (overdueElement.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                overdue = overdueElement.GetBoolean();
            }
            else
            {
                error($"{at}.cafCheckOverdue", "'cafCheckOverdue' is true or false");
                ok = false;
            }
        }

        if (ok && arrears is null && months is null && size is null && benefit is null && !overdue)
        {
            error(at, "a criterion sets at least one condition (it would otherwise send every household to the Département)");
            ok = false;
        }

        return ok
            ? new InterventionCriterion
            {
                Name = name!,
                ArrearsAtLeast = arrears is { } a ? new Euros(a) : null,
                ArrearsInMonthsOfRentAtLeast = months,
                HouseholdSizeAtLeast = size is { } s ? (int)s : null,
                HousingBenefit = benefit,
                CafCheckOverdue = overdue,
            }
            : null;
    }

    /// <summary>The criterion in words, for the generated routing table.</summary>
    public static string Describe(InterventionCriterion criterion)
    {
        var conditions = new List<string>();
        if (criterion.ArrearsAtLeast is { } arrears)
        {
            conditions.Add(string.Create(CultureInfo.InvariantCulture, $"debt of at least {arrears.Amount:0.##} €"));
        }

        if (criterion.ArrearsInMonthsOfRentAtLeast is { } months)
        {
            conditions.Add(string.Create(CultureInfo.InvariantCulture, $"debt of at least {months:0.##} months of rent"));
        }

        if (criterion.HouseholdSizeAtLeast is { } size)
        {
            conditions.Add(string.Create(CultureInfo.InvariantCulture, $"household of at least {size} persons"));
        }

        if (criterion.HousingBenefit is { } benefit)
        {
            conditions.Add("housing benefit " + string.Join(" or ", benefit.Order().Select(b => $"`{b}`")));
        }

        if (criterion.CafCheckOverdue)
        {
            conditions.Add("the CAF's rights check (F3) not back by its deadline (weighed at that deadline)");
        }

        return string.Join(", and ", conditions);
    }
}
