using Ccapex.Hub.Persistence;
using MassTransit;
using MassTransit.Context;

namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>
/// The partner's delivery as the dossier sees it: correlated to the dossier the intake resolved, and identified by
/// the body's id (not the transport's), so a raw-JSON redelivery is recognised by the dossier's handled ids; with the
/// dossier's keys to commit in its transaction when the intake opens it.
/// </summary>
internal sealed class DossierConsumeContext<T>(ConsumeContext<T> context, Guid dossierId, Guid messageId, PendingStoreWrite? keysWrite)
    : ConsumeContextProxy<T>(context), IPendingWriteContext
    where T : class
{
    public PendingStoreWrite? PendingWrite => keysWrite;

    public override Guid? CorrelationId => dossierId;

    public override Guid? MessageId => messageId;
}
