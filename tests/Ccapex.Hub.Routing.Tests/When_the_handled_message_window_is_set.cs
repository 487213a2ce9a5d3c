namespace Ccapex.Hub.Routing.Tests;

/// <summary>The window of handled ids in a dossier's body is a setting: one too small to hold a message and its delivery is refused by name.</summary>
public sealed class When_the_handled_message_window_is_set
{
    [TestCase(1, false)]
    [TestCase(2, true)]
    [TestCase(256, true)]
    [TestCase(100_001, false)]
    public void Should_accept_only_a_window_of_2_to_100000(int window, bool valid)
    {
        var result = new RoutingOptionsValidator().Validate(null, new RoutingOptions { HandledMessageWindow = window });

        Assert.That(result.Succeeded, Is.EqualTo(valid));
        if (!valid)
        {
            Assert.That(result.FailureMessage, Does.Contain("Hub:Routing:HandledMessageWindow"));
        }
    }

    [Test]
    public void Should_default_to_256() => Assert.That(new RoutingOptions().HandledMessageWindow, Is.EqualTo(256));
}
