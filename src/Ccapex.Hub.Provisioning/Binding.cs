namespace Ccapex.Hub.Provisioning;

/// <summary>A binding from an exchange: to a queue ("q") or an exchange ("e"); the properties key names it for deletion.</summary>
public sealed record Binding(string Destination, string DestinationKind, string RoutingKey, string PropertiesKey);
