using System.Security.Claims;
using Ccapex.Hub.Console.Accounts;
using Ccapex.Hub.Console.Resources;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Console.Web;

/// <summary>French labels of the hub's codes, from the resource file; a code without one is shown as it is.</summary>
public static class Labels
{
    public static string Role(ConsoleRole role) => Text("Role_" + role) ?? role.ToString();

    public static string Role(ClaimsPrincipal user) =>
        ConsoleRoles.TryParse(user?.FindFirstValue(ClaimTypes.Role), out var role) ? Role(role) : string.Empty;

    public static string Stage(ProcedureStage stage) => Text("Stage_" + stage) ?? stage.ToString();

    /// <summary>A role's French name; a member organisation (ADR 0014) as its role's name and its own, from the rules.</summary>
    public static string Partner(PartnerCode partner) => partner.IsMember
        ? $"{Text("Partner_" + partner.Role.Value) ?? partner.Role.Value} · {Rules.MemberOf(partner)?.Name ?? partner.Value}"
        : Text("Partner_" + partner.Value) ?? partner.Value;

    private static Charter.CharterRules Rules => field ??= Charter.CharterRulesLoader.LoadConfigured();

    public static string Partner(PartnerCode? partner) => partner is { } p ? Partner(p) : string.Empty;

    public static string Message(string? type) => type is null ? string.Empty : Text("Message_" + type) ?? type;

    public static string Flow(string? flow) => flow is null ? string.Empty : Text("Flow_" + flow) ?? flow;

    public static string Alert(string? code) => code is null ? string.Empty : Text("Alert_" + code.Replace('.', '_')) ?? code;

    public static string Landlord(LandlordKind kind) => Text("Landlord_" + kind) ?? kind.ToString();

    public static string Benefit(HousingBenefitStatus status) => Text("Benefit_" + status) ?? status.ToString();

    public static string Obligation(string status) => Text("Obligation_" + status) ?? status;

    public static string YesNo(bool? value) => value switch { true => Texts.Yes, false => Texts.No, null => Texts.Unknown };

    public static string Money(Euros? amount) =>
        amount is { } euros ? euros.Amount.ToString("#,##0.00", Format) + " €" : string.Empty;

    // French grouping and decimal marks without a culture (the console runs with invariant globalization).
    private static readonly System.Globalization.NumberFormatInfo Format = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "\u202f" };

    private static string? Text(string key) => Texts.ResourceManager.GetString(key, Texts.Culture);
}
