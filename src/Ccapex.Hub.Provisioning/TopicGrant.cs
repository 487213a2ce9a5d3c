namespace Ccapex.Hub.Provisioning;

/// <summary>A RabbitMQ topic permission: routing keys a user may publish (write) and bind (read) on one topic exchange.</summary>
public sealed record TopicGrant(string Exchange, string Write, string Read);
