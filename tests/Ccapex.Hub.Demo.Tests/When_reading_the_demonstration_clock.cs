using Ccapex.Hub.Time;
using Microsoft.Extensions.Time.Testing;

namespace Ccapex.Hub.Demo.Tests;

public sealed class When_reading_the_demonstration_clock
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    [TestCase(null)]
    [TestCase("")]
    [TestCase("1")]
    public void Should_keep_the_real_clock_without_a_scale(string? scale)
    {
        Assert.That(DemoTime.From(scale, null, Start, out var error), Is.SameAs(TimeProvider.System));
        Assert.That(error, Is.Null);
    }

    [TestCase("fast")]
    [TestCase("0.5")]
    [TestCase("100000000")]
    [TestCase("NaN")]
    public void Should_name_the_variable_of_a_bad_scale(string scale)
    {
        Assert.That(DemoTime.From(scale, null, Start, out var error), Is.Null);
        Assert.That(error, Does.StartWith(DemoTime.ScaleVariable).And.Contain(scale));
    }

    [Test]
    public void Should_name_the_variable_of_a_bad_epoch()
    {
        Assert.That(DemoTime.From("1000", "yesterday", Start, out var error), Is.Null);
        Assert.That(error, Does.StartWith(DemoTime.EpochVariable).And.Contain("yesterday"));
    }

    [Test]
    public void Should_move_dates_scale_times_faster_than_real_time()
    {
        var real = new FakeTimeProvider(Start);
        var clock = new ScaledTimeProvider(Start, 500_000, real);

        real.Advance(TimeSpan.FromSeconds(1));

        Assert.That(clock.GetUtcNow() - Start, Is.EqualTo(TimeSpan.FromSeconds(500_000)));
    }

    [Test]
    public void Should_give_every_process_with_the_same_epoch_the_same_time()
    {
        var real = new FakeTimeProvider(Start.AddMinutes(3));
        var epoch = DemoTime.From("200000", "2026-11-27T10:00:00Z", Start.AddMinutes(2), out _);
        var hub = new ScaledTimeProvider(((ScaledTimeProvider)epoch!).Epoch, 200_000, real);
        var partner = new ScaledTimeProvider(Start, 200_000, real);

        Assert.That(hub.GetUtcNow(), Is.EqualTo(partner.GetUtcNow()));
        Assert.That(hub.GetUtcNow(), Is.EqualTo(Start + TimeSpan.FromMinutes(3) * 200_000));
    }

    [Test]
    public void Should_keep_timers_in_real_time()
    {
        var clock = new ScaledTimeProvider(Start, 500_000);

        Assert.That(clock.TimestampFrequency, Is.EqualTo(TimeProvider.System.TimestampFrequency));
        var before = clock.GetTimestamp();
        Thread.Sleep(50);
        Assert.That(clock.GetElapsedTime(before), Is.LessThan(TimeSpan.FromSeconds(30)), "a timestamp interval is real time, not hub time");
    }
}
