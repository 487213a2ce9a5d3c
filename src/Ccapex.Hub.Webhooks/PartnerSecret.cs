using System.Text;
using Ccapex.Hub.Webhooks.Signing;

namespace Ccapex.Hub.Webhooks;

/// <summary>A partner's HMAC secret from its Secret or SecretFile setting, as the bytes that sign.</summary>
internal static class PartnerSecret
{
    /// <summary>The secret's UTF-8 bytes, or null and the reason it cannot be used.</summary>
    public static (byte[]? Secret, string? Error) Read(string setting, PartnerWebhookOptions partner)
    {
        var hasInline = !string.IsNullOrEmpty(partner.Secret);
        var hasFile = !string.IsNullOrWhiteSpace(partner.SecretFile);
        if (hasInline == hasFile)
        {
            return (null, hasInline
                ? $"{setting}:Secret and {setting}:SecretFile are both set: give one."
                : $"{setting}:Secret (or {setting}:SecretFile) is not set: give the secret shared with the partner, at least {WebhookSignature.MinimumSecretBytes} bytes (e.g. openssl rand -hex 32).");
        }

        string text;
        if (hasInline)
        {
            text = partner.Secret!;
        }
        else
        {
            try
            {
                text = File.ReadAllText(partner.SecretFile!).TrimEnd('\r', '\n');
            }
            catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException)
            {
                return (null, $"{setting}:SecretFile '{partner.SecretFile}' cannot be read: {unreadable.Message}");
            }
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        return bytes.Length < WebhookSignature.MinimumSecretBytes
            ? (null, $"{setting}:Secret{(hasFile ? "File" : string.Empty)} holds {bytes.Length} bytes: a webhook secret needs at least {WebhookSignature.MinimumSecretBytes} (e.g. openssl rand -hex 32).")
            : (bytes, null);
    }
}
