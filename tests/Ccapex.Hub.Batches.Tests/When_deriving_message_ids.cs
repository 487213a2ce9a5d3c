using Ccapex.Hub.Batches.Csv;
using Microsoft.Extensions.Time.Testing;

namespace Ccapex.Hub.Batches.Tests;

/// <summary>A file sent again, or re-read after a crash, must give the hub the ids it already knows.</summary>
public sealed class When_deriving_message_ids
{
    [Test]
    public void Should_give_the_same_id_to_the_same_act_of_the_same_office()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CdpMessageId.For("CJ75-0412", "CDP-1"), Is.EqualTo(CdpMessageId.For(" cj75-0412", "cdp-1 ")));
            Assert.That(CdpMessageId.For("CJ75-0412", "CDP-1"), Is.Not.EqualTo(CdpMessageId.For("CJ75-0413", "CDP-1")));
            Assert.That(CdpMessageId.For("CJ75-0412", "CDP-1"), Is.Not.EqualTo(CdpMessageId.For("CJ75-0412", "CDP-2")));
        });
    }

    [Test]
    public void Should_never_change_an_id_once_published()
    {
        // Pinned: a change here would make every file already sent look new to the hub.
        Assert.That(CdpMessageId.For("CJ75-0412", "CDP-2025-000417").ToString()[14], Is.EqualTo('5'), "an RFC 9562 version 5 id");
        Assert.That(CdpMessageId.For("CJ75-0412", "CDP-2025-000417"), Is.EqualTo(Guid.Parse(PinnedId)));
    }

    [Test]
    public void Should_read_the_same_ids_from_a_file_sent_again_later()
    {
        var bytes = Csv.Sample("cdp-utf8-bom.csv");
        var clock = new FakeTimeProvider(Csv.Now);

        var first = Csv.Reader(clock: clock).Read(bytes);
        clock.Advance(TimeSpan.FromDays(2));
        var again = Csv.Reader(clock: clock).Read(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(again.Lines.Select(l => l.Message!.MessageId), Is.EqualTo(first.Lines.Select(l => l.Message!.MessageId)));
            Assert.That(again.Lines.Select(l => l.Message!.MessageId), Is.Unique);
            Assert.That(again.Lines.Select(l => l.Message!.SentAt), Is.All.EqualTo(Csv.Now.AddDays(2)));
        });
    }

    // uuid5(5e0d7c2a-..., "cdp:CJ75-0412|CDP-2025-000417"), as Python's uuid module computes it.
    private const string PinnedId = "f748d352-09fb-5993-8c7b-df9d3d4702fc";
}
