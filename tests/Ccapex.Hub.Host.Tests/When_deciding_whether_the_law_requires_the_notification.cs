using Ccapex.Hub.Contracts;
using Ccapex.Hub.Validation;

namespace Ccapex.Hub.Host.Tests;

/// <summary>The sample's rent is 850.00 excluding charges (120.50): twice the rent is 1,700.00.</summary>
public sealed class When_deciding_whether_the_law_requires_the_notification
{
    [TestCase(2, 0, ExpectedResult = true, TestName = "Should_require_it_at_two_months_whatever_the_debt")]
    [TestCase(1, 1700.00, ExpectedResult = true, TestName = "Should_require_it_at_a_debt_of_twice_the_rent")]
    [TestCase(1, 1699.99, ExpectedResult = false, TestName = "Should_not_require_it_one_cent_under_twice_the_rent")]
    [TestCase(1, 1800.00, ExpectedResult = true, TestName = "Should_leave_the_charges_out_of_the_rent")]
    [TestCase(0, 0, ExpectedResult = false, TestName = "Should_not_require_it_without_arrears")]
    [TestCase(240, 99999.99, ExpectedResult = true, TestName = "Should_require_it_for_a_large_debt")]
    public bool Should_apply_the_threshold_for_a_private_landlord(int months, decimal amount) =>
        CdpNotificationThreshold.RequiresNotification(CdpSample.WithArrears(months, amount));

    [TestCase(LandlordKind.SocialLandlord)]
    [TestCase(LandlordKind.Company)]
    public void Should_not_require_it_for_a_legal_person_landlord(LandlordKind kind)
    {
        var message = CdpSample.WithArrears(6, 5100m, kind);

        Assert.Multiple(() =>
        {
            Assert.That(CdpNotificationThreshold.RequiresNotification(message), Is.False);
            Assert.That(CdpNotificationThreshold.ArrearsReachThreshold(message), Is.True);
        });
    }
}
