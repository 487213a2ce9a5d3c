using Ccapex.Hub.Partners.Caf;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Partners.Tests;

/// <summary>The CAF's critical-case criteria: each on its own, off when empty, and a reason per criterion met.</summary>
public sealed class When_evaluating_critical_cases
{
    private static readonly AllocataireRights Open = new() { AllocataireNumber = "1", Status = BenefitRightsStatus.AlreadyOpen, DependentChildren = 0 };

    private static CriticalCaseCriteria Criteria(CriticalCaseOptions critical) => new(Options.Create(new CafOptions { Critical = critical }));

    [Test]
    public void Should_select_arrears_strictly_above_the_amount()
    {
        var criteria = Criteria(new CriticalCaseOptions { ArrearsAbove = 3000m });

        Assert.Multiple(() =>
        {
            Assert.That(criteria.Evaluate(Listings.Line(arrears: 3000m), Open), Is.Empty);
            Assert.That(criteria.Evaluate(Listings.Line(arrears: 3000.01m), Open).Single(), Does.StartWith(CriticalCaseCriteria.ArrearsAboveCode));
        });
    }

    [Test]
    public void Should_count_months_of_rent_and_charges()
    {
        var criteria = Criteria(new CriticalCaseOptions { ArrearsMonthsAbove = 6m });

        // 970.50 EUR a month: 6 months is 5823.00 EUR.
        Assert.Multiple(() =>
        {
            Assert.That(criteria.Evaluate(Listings.Line(arrears: 5823.00m), Open), Is.Empty);
            Assert.That(criteria.Evaluate(Listings.Line(arrears: 6800.00m), Open).Single(), Does.Contain("7.0 months"));
        });
    }

    [Test]
    public void Should_select_suspended_rights_only_when_the_extract_says_so()
    {
        var criteria = Criteria(new CriticalCaseOptions { RightsSuspended = true });
        var suspended = Open with { Status = BenefitRightsStatus.Suspended };

        Assert.Multiple(() =>
        {
            Assert.That(criteria.Evaluate(Listings.Line(), suspended).Single(), Does.StartWith(CriticalCaseCriteria.RightsSuspendedCode));
            Assert.That(criteria.Evaluate(Listings.Line(), Open), Is.Empty);
            Assert.That(criteria.Evaluate(Listings.Line(), null), Is.Empty, "a household unknown to the CAF has no rights to be suspended");
        });
    }

    [Test]
    public void Should_select_children_with_arrears_only_when_both_hold()
    {
        var criteria = Criteria(new CriticalCaseOptions { ChildrenWithArrearsMonthsAbove = 2m });
        var withChildren = Open with { DependentChildren = 2 };

        Assert.Multiple(() =>
        {
            Assert.That(criteria.Evaluate(Listings.Line(arrears: 2911.50m), withChildren).Single(), Does.StartWith(CriticalCaseCriteria.ChildrenWithArrearsCode));
            Assert.That(criteria.Evaluate(Listings.Line(arrears: 2911.50m), Open), Is.Empty, "no children");
            Assert.That(criteria.Evaluate(Listings.Line(arrears: 1000m), withChildren), Is.Empty, "about one month");
        });
    }

    [Test]
    public void Should_give_every_reason_met_and_none_when_all_criteria_are_off()
    {
        var all = Criteria(new CriticalCaseOptions { ArrearsAbove = 3000m, ArrearsMonthsAbove = 6m, RightsSuspended = true, ChildrenWithArrearsMonthsAbove = 2m });
        var none = Criteria(new CriticalCaseOptions());
        var worst = Open with { Status = BenefitRightsStatus.Suspended, DependentChildren = 1 };

        Assert.Multiple(() =>
        {
            Assert.That(all.Evaluate(Listings.Line(arrears: 9000m), worst), Has.Count.EqualTo(4));
            Assert.That(none.Evaluate(Listings.Line(arrears: 9000m), worst), Is.Empty);
        });
    }
}
