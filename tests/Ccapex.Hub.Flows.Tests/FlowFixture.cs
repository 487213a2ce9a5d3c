namespace Ccapex.Hub.Flows.Tests;

/// <summary>
/// One hub per fixture and store, shared by its tests: each test works on households and acts of its own
/// instead of restarting the hub. After every test, no partner may have received the same message id twice.
/// </summary>
public abstract class FlowFixture(StoreProvider provider)
{
    private FlowHub? _hub;

    internal FlowHub Hub => _hub ?? throw new InvalidOperationException("The hub did not start.");

    internal PartnerInboxes Partners => Hub.Partners;

    /// <summary>Settings this fixture's hub gets on top of the defaults (Hub:Routing:..., say).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => [];

    [OneTimeSetUp]
    public async Task StartHub() => _hub = await FlowHub.StartAsync(provider, Settings);

    [OneTimeTearDown]
    public async Task StopHub()
    {
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }
    }

    [TearDown]
    public void NoPartnerGotTheSameMessageTwice()
    {
        if (_hub is not null)
        {
            Assert.That(Partners.Duplicates(), Is.Empty, "a partner received the same message id twice");
        }
    }

    /// <summary>F1 from the bailiffs; returns the dossier of the receipt.</summary>
    internal async Task<Guid> OpenDossierWithCdp(SubmitCdpNotification? cdp = null) =>
        (await Answer<CdpNotificationAccepted>(cdp ?? FlowMessages.Cdp(Hub.Today))).DossierId;

    /// <summary>Sends a partner message and waits for the hub's receipt; returns the dossier it went to.</summary>
    internal async Task<Guid> SendAccepted<T>(T message)
        where T : class, IPartnerMessage =>
        (await Answer<MessageAccepted>(message)).DossierId;

    /// <summary>Sends a partner message and waits for the hub's refusal of it.</summary>
    internal Task<MessageRejected> SendRejected<T>(T message)
        where T : class, IPartnerMessage =>
        Answer<MessageRejected>(message);

    /// <summary>Sends and waits for the answer on the sender's queue, failing at once when it is not the one expected.</summary>
    private async Task<TAnswer> Answer<TAnswer>(IPartnerMessage message)
    {
        await Partners.SendAsync(message);
        var answer = await Partners.WaitForAnswer(message.Sender, message.MessageId);
        Assert.That(answer.Is<TAnswer>(), Is.True, () => $"expected {typeof(TAnswer).Name}, got {answer}: {answer.Message}");
        return answer.As<TAnswer>();
    }
}
