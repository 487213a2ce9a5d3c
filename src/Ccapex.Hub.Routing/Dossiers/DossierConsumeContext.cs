using MassTransit;
using MassTransit.Context;

namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>
/// The partner's delivery as the dossier sees it: correlated to the dossier the intake resolved, and identified by
/// the body's id (not the transport's), so a raw-JSON redelivery is recognised by the dossier's handled ids.
/// </summary>
internal sealed class DossierConsumeContext<T>(ConsumeContext<T> context, Guid dossierId, Guid messageId)
    : ConsumeContextProxy<T>(context)
    where T : class
{
    public override Guid? CorrelationId => dossierId;

    public override Guid? MessageId => messageId;
}
