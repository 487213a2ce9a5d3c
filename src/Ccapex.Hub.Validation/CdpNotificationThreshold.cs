using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Validation;

/// <summary>
/// Whether a CDP falls under the notification duty of law 2023-668 (article 24 of law 89-462):
/// the bailiff notifies the CCAPEX of a CDP served for a landlord who is a private person when the
/// arrears reach two months of rent, or a debt of at least twice the monthly rent excluding charges.
/// </summary>
/// <remarks>
/// Decision: for companies and social landlords the answer is false. The duty concerns private
/// persons only (legal persons report unpaid rent to the CCAPEX through their own signalement, two
/// months before the assignation), so their CDPs are not notifications the law requires. The hub
/// still accepts and records them: the CCAPEX wants to see every CDP a partner chooses to send, and
/// <see cref="CdpNotificationAccepted.NotificationRequired"/> tells the partner which case applied.
/// </remarks>
public static class CdpNotificationThreshold
{
    public const int MonthsOfArrears = 2;
    public const decimal RentMultiple = 2m;

    public static bool RequiresNotification(SubmitCdpNotification message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Landlord.Kind == LandlordKind.PrivatePerson && ArrearsReachThreshold(message);
    }

    /// <summary>The arrears test alone, whoever the landlord is: 2 months, or a debt of 2 × the rent excluding charges.</summary>
    public static bool ArrearsReachThreshold(SubmitCdpNotification message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.ArrearsMonths >= MonthsOfArrears
            || message.ArrearsAmount >= message.MonthlyRent * RentMultiple;
    }
}
