using System.Security.Cryptography;
using System.Text;

namespace Maia.Sre.Ci.Model;

/// <summary>Line-independent finding identities, used by baselines and SARIF <c>partialFingerprints</c>.</summary>
public static class Fingerprints
{
    /// <summary>First 16 bytes of SHA-256 over rule, file and subject, as lower-case hex.</summary>
    public static string Compute(string ruleId, string file, string subject)
    {
        var bytes = Encoding.UTF8.GetBytes(ruleId + "\n" + file + "\n" + subject);
        var hash = SHA256.HashData(bytes);
        return Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
    }
}
