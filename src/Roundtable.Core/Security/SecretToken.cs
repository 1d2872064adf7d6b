using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Roundtable.Core.Security;

// Secrets we hand out (sign-in links, API tokens) carry 256 random bits, so a fast hash is
// enough to store them: there is nothing to brute-force.
public static class SecretToken
{
    public const int HashLength = 64;

    public static string Create(string prefix = "") =>
        prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
