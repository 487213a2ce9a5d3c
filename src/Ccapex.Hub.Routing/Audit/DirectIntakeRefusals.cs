using Ccapex.Hub.Contracts;
using MassTransit;

namespace Ccapex.Hub.Routing.Audit;

/// <summary>The intake's refusals sent at once through MassTransit, journaled nowhere: the harness's way (no store).</summary>
public sealed class DirectIntakeRefusals : IIntakeRefusals
{
    public Task RefuseAsync(ConsumeContext context, Uri destination, bool respond, MessageRejected rejection, JournalArrival arrival)
    {
        ArgumentNullException.ThrowIfNull(context);
        return respond ? context.RespondAsync(rejection) : context.Send(destination, rejection);
    }
}
