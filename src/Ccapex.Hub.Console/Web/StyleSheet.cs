using System.Reflection;

namespace Ccapex.Hub.Console.Web;

/// <summary>The console's one style sheet, embedded in the assembly (no static-file folder to deploy, no build chain).</summary>
public static class StyleSheet
{
    public const string Path = "/console.css";

    private static readonly Lazy<byte[]> Bytes = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("console.css")
            ?? throw new InvalidOperationException("The console's style sheet is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static IEndpointRouteBuilder MapStyleSheet(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(Bytes.Value, "text/css; charset=utf-8");
        }).AllowAnonymous();
        return endpoints;
    }
}
